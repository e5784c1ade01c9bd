package main

import "fmt"

type P struct {
	X, Y int
}

func main() {
	m := make(map[string]int)
	m["a"] = 1
	m["b"] += 2
	m["c"]++
	fmt.Println(len(m), m["a"], m["b"], m["c"], m["zz"])
	v, ok := m["a"]
	w, ok2 := m["q"]
	fmt.Println(v, ok, w, ok2)
	delete(m, "a")
	fmt.Println(len(m))
	sum := 0
	for k, v := range m {
		sum += v + len(k)
	}
	fmt.Println(sum)
	var nm map[string]int
	fmt.Println(len(nm), nm["x"])
	for range nm {
		fmt.Println("no")
	}
	pm := map[P]string{{1, 2}: "a", {3, 4}: "b"}
	fmt.Println(pm[P{1, 2}], pm[P{3, 4}], len(pm))
	ms := map[int][]int{}
	for i := 0; i < 10; i++ {
		ms[i%3] = append(ms[i%3], i)
	}
	fmt.Println(len(ms[0]), len(ms[1]), len(ms[2]))
	big := map[int]int{}
	for i := 0; i < 100000; i++ {
		big[i] = i * 2
	}
	t := 0
	for k, v := range big {
		t += k + v
	}
	fmt.Println(t, len(big))
	var ik map[interface{}]int = map[interface{}]int{1: 1, "a": 2, 2.5: 3}
	fmt.Println(ik[1], ik["a"], ik[2.5], ik[nil])
}
