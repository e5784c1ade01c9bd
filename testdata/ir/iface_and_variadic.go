package main

import "fmt"

var sink interface{}

func g(xs ...int) int {
	s := 1000
	for _, x := range xs {
		s += x
	}
	return s
}

func set() {
	sink = g(1, 2, 3)
}

func main() {
	set()
	fmt.Println(sink)
}
