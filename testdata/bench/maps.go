// Benchmark: maps: inserting, looking up (hits and misses), iterating, updating in
// place and deleting, with integer and string keys. Size: os.Args[1] or 1000000.
package main

import (
	"fmt"
	"os"
)

func argOr(def int) int {
	if len(os.Args) < 2 {
		return def
	}
	n := 0
	for _, c := range os.Args[1] {
		n = n*10 + int(c-'0')
	}
	return n
}

// key spreads i over the integers so that keys are not inserted in order.
func key(i int) int {
	return (i * 2654435761) % 1000000007
}

func name(i int) string {
	b := make([]byte, 0, 12)
	b = append(b, 'k')
	for i > 0 {
		b = append(b, byte('a'+i%26))
		i /= 26
	}
	return string(b)
}

func main() {
	n := argOr(1000000)

	// Integer keys.
	m := make(map[int]int)
	for i := 0; i < n; i++ {
		m[key(i)] = i
	}
	hits, misses := 0, 0
	for round := 0; round < 3; round++ {
		for i := 0; i < n; i++ {
			if v, ok := m[key(i)]; ok && v == i {
				hits++
			}
			if _, ok := m[-i-1]; !ok {
				misses++
			}
		}
	}
	sum := 0
	for k, v := range m {
		sum += k%1000 + v
	}
	for i := 0; i < n; i += 2 {
		delete(m, key(i))
	}
	for i := 0; i < n; i++ {
		m[key(i)] += 1
	}
	fmt.Println(len(m), hits, misses, sum)

	// String keys: counting.
	counts := make(map[string]int, 1024)
	for i := 0; i < n; i++ {
		counts[name(i%(n/10+1))]++
	}
	total, maxc := 0, 0
	for _, c := range counts {
		total += c
		if c > maxc {
			maxc = c
		}
	}
	for k := range counts {
		if len(k) > 3 {
			delete(counts, k)
		}
	}
	fmt.Println(total, maxc, len(counts))

	// Many small maps.
	small := 0
	for i := 0; i < n/10; i++ {
		s := map[int]string{i: "a", i + 1: "b", i + 2: "c"}
		small += len(s[i+1]) + len(s)
	}
	fmt.Println(small)
}
