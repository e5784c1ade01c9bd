// Package-level variables declared several to a spec are initialised as types2
// orders them: `var a, b = f()` when its first name is ready (so a variable declared
// earlier that reads it comes after), and `var a, b = x, y` name by name.
package main

func f(s string, v int) int {
	println("init", s)
	return v
}

func pair(s string) (int, int) {
	println("init", s)
	return 10, 20
}

var c = f("c", b)
var d = f("d", a)

var a, b = pair("a, b")

var e1 = f("e1", h2)
var h1, h2 = f("h1", 1), f("h2", 2)
var g = f("g", h1)

var ia, ib any = any(nil).(bool)
var ic = ib
var id = ia

func main() {
	println(a, b, c, d, e1, h1, h2, g)
	println(ic.(bool), id.(bool))
}
