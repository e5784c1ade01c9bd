package main

import "fmt"

var table = build(5)
var x = table[7]

func build(n int) []int {
	fmt.Println("building", n)
	return make([]int, n)
}

func main() {
	fmt.Println("main", x)
}
