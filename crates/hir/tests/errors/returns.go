package main

import "os"

func f(a, b int) (int, string) { return a }
func g() int { return 1, 2 }
func k() { return 1 }

func main() {
	x := 1
	x := 2
	var y int
	y, z := 1
	var p *int = &y
	*p = "s"
	s := []int{1, 2}
	s.foo()
	s[1.5] = 2
	var i int = nil
	_ = !y
}
