package main

import "fmt"

func main() {
	m := map[interface{}]int{1: 1}
	fmt.Println(m[2])
	var k interface{} = []int{1}
	fmt.Println(len(m))
	m[k] = 2
}
