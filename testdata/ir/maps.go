package main

import "fmt"

func main() {
	m := make(map[string]int, 2)
	m["a"] = 1
	m["a"] += 2
	v, ok := m["b"]
	delete(m, "a")
	lit := map[interface{}][]int{1: {2}, "k": nil}
	for k, v := range lit {
		fmt.Println(k, v)
	}
	fmt.Println(v, ok, len(m), m["a"])
}
