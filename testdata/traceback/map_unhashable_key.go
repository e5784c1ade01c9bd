package main

import "fmt"

func lookup(m map[interface{}]string, k interface{}) string {
	return m[k]
}

func main() {
	m := map[interface{}]string{1: "one"}
	fmt.Println(lookup(m, 1))
	fmt.Println(lookup(m, map[int]int{}))
}
