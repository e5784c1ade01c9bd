// A shift count that is itself a non-constant shift of an untyped constant takes
// type uint (types2's rule), whatever kind of constant it shifts: `1. << s` and
// `(1 + 0i) << s` are valid counts.
package main

func f(x, y int) {
	if x != y {
		panic("wrong")
	}
}

func main() {
	var s uint = 1
	var x int = 1
	f(x<<(1<<s), 4)
	f(x<<(1.<<s), 4)
	f(x<<((1+0i)<<s), 4)
	f(x<<(0i<<s), 1)
	println(x<<(2.<<s), uint8(1)<<(1.<<s))
}
