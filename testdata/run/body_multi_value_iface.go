package main

import "fmt"

// The results of a multi-valued call stored into interface destinations are converted
// one by one, each with its own allocation site (gc: `.autotmp_N escapes to heap` per
// converted result), in assignments and `var` specs.

func f() (int, string) { return 1, "x" }

func g() (*int, []int) {
	n := 5
	return &n, []int{1, 2}
}

var sa, sb interface{}

func main() {
	var a, b interface{}
	a, b = f()
	fmt.Println(a, b)
	sa, sb = f()
	fmt.Println(sa, sb)
	var c, d interface{} = f()
	fmt.Println(c, d)
	var e interface{}
	e, _ = f()
	fmt.Println(e)
	var p, q interface{} = g()
	fmt.Println(p != nil, q)
}
