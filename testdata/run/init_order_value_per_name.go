// `var a, b = x, y` types and initialises each name from its own value, as types2
// and gc do: x1's value may use y, which uses x2, declared beside x1.
package main

func f(s string, v int) int {
	println("init", s)
	return v
}

var y = f("y", x2)
var x1, x2 = f("x1", y), f("x2", 3)

var p, q = r + 1, "q"
var r = len(q) * 2

func main() {
	println(x1, x2, y, p, q, r)
}
