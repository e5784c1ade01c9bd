package main

import "fmt"

// The interface conversion of g's result and g's variadic slice belong to one call:
// each has its own allocation site and its own decision (the conversion escapes into
// sink, the slice does not).

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
	var other interface{} = g()
	fmt.Println(other, g(4))
}
