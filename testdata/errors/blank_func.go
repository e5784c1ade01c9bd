package main

import "fmt"

type T struct{ p *int }

// Functions and methods named _ are type-checked as any other.
func _() {
	x := 1
}

func (t T) _() int {
	return t.p
}

func _(a int) int {
	return a + "s"
}

func main() {}
