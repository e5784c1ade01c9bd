// errorcheck -0 -m -l

package main

var gs string

func concatLocal(a, b string) int { // ERROR "a does not escape$" "b does not escape$"
	s := a + b // ERROR "a \+ b does not escape$"
	return len(s)
}

func concatReturn(a, b string) string { // ERROR "a does not escape$" "b does not escape$"
	return a + "-" + b // ERROR "a \+ .-. \+ b escapes to heap$"
}

func concatGlobal(a string) { // ERROR "a does not escape$"
	gs = a + "!" // ERROR "a \+ .!. escapes to heap$"
}

func concatLoop(n int) string {
	r := ""
	for i := 0; i < n; i++ {
		r += "x"
	}
	return r
}

func compare(a, b string) bool { // ERROR "a does not escape$" "b does not escape$"
	return a < b || a == b+"z" // ERROR "b \+ .z. does not escape$"
}

func main() {
	concatGlobal("g")
	println(concatLocal("a", "b"), concatReturn("c", "d"), concatLoop(3), compare("a", "b"), gs)
}
