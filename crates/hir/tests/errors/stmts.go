package main

import "fmt"

func main() {
	x := 5
	x + 1
	x
	fmt.Println
	f(x)
	var s string
	s++
	s += 1
	l := len("abc")
	const c = 10
	c = 5
	var a [2]int
	a[2] = 1
	println(l)
}
func f(int) {}
