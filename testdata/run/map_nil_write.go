package main

import "fmt"

func main() {
	var m map[string]int
	fmt.Println(m == nil, len(m), m["a"])
	v, ok := m["b"]
	fmt.Println(v, ok)
	delete(m, "a")
	for k, v := range m {
		fmt.Println(k, v)
	}
	m["a"] = 1
	fmt.Println("unreachable")
}
