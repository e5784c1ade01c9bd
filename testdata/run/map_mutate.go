package main

import "fmt"

func sortStrings(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && s[j] < s[j-1]; j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

func main() {
	// Deleting entries not yet reached: they are not produced.
	m := map[int]bool{}
	for i := 0; i < 1000; i++ {
		m[i] = true
	}
	seen := map[int]bool{}
	for k := range m {
		if seen[k] {
			fmt.Println("twice", k)
		}
		seen[k] = true
		delete(m, k^1)
	}
	fmt.Println(len(m), len(seen) >= 500, len(seen) <= 1000)
	for k := range seen {
		if !seen[k^1] && len(seen) == 1000 {
			fmt.Println("bad")
		}
	}

	// Adding entries while iterating: each is produced at most once and the loop ends.
	grow := map[int]int{0: 0}
	count := 0
	for k, v := range grow {
		count++
		if k < 5000 {
			grow[k+10000] = v + 1
			grow[k+1] = v
		}
	}
	fmt.Println(count > 0, count <= len(grow))

	// Deleting everything while iterating.
	all := map[string]int{"a": 1, "b": 2, "c": 3}
	n := 0
	for k := range all {
		delete(all, k)
		n++
	}
	fmt.Println(len(all), n)

	// Op-assignments, append through the map, and maps of maps and structs.
	type T struct{ N int }
	words := []string{"x", "y", "x", "z", "x", "y"}
	counts := map[string]int{}
	pos := map[string][]int{}
	for i, w := range words {
		counts[w]++
		counts[w] *= 2
		pos[w] = append(pos[w], i)
	}
	keys := make([]string, 0, len(counts))
	for k := range counts {
		keys = append(keys, k)
	}
	sortStrings(keys)
	for _, k := range keys {
		fmt.Println(k, counts[k], pos[k])
	}
	mm := map[string]map[string]int{}
	for _, w := range words {
		if mm[w] == nil {
			mm[w] = map[string]int{}
		}
		mm[w][w+w]++
	}
	fmt.Println(mm)
	ts := map[int]T{}
	t := ts[1]
	t.N += 4
	ts[1] = t
	fmt.Println(ts[1].N, ts[2].N)
	pt := map[int]*T{1: {N: 1}}
	pt[1].N++
	fmt.Println(pt[1].N)

	// Parallel assignment and swap through a map.
	sw := map[string]int{"a": 1, "b": 2}
	sw["a"], sw["b"] = sw["b"], sw["a"]
	fmt.Println(sw["a"], sw["b"])
	k := "a"
	k, sw[k] = "b", 10
	fmt.Println(k, sw)

	// Sum over a large map, then clear it by deletion.
	big := make(map[int]int, 100)
	for i := 0; i < 50000; i++ {
		big[i] = i
	}
	sum := 0
	for _, v := range big {
		sum += v
	}
	for i := 0; i < 50000; i += 2 {
		delete(big, i)
	}
	fmt.Println(sum, len(big), big[2], big[3])
}
