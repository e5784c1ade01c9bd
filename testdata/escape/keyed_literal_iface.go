// errorcheck -0 -m -l

package main

type S struct {
	A int
	I interface{}
	P *int
}

var sink interface{}

func keyedStruct(x int) S {
	return S{A: 1, I: x} // ERROR "x escapes to heap$"
}

func positional(x int) {
	s := S{1, x, nil} // ERROR "x escapes to heap$"
	sink = s.I
}

func keyedLocal() int {
	s := S{A: 2, I: 8} // ERROR "8 does not escape$"
	return s.A
}

func keyedSlice(a, b int) {
	xs := []interface{}{1: a, 0: b} // ERROR "\[\]interface \{\}\{\.\.\.\} does not escape$" "a escapes to heap$" "b escapes to heap$"
	sink = xs[0]
}

func keyedArray(a string) int { // ERROR "a does not escape$"
	xs := [3]interface{}{2: a, 0: 5} // ERROR "a does not escape$" "5 does not escape$"
	return len(xs)
}

func nested(p *int) []S { // ERROR "leaking param: p$"
	return []S{{I: 3, P: p}, {A: 4, I: S{}}} // ERROR "\[\]S\{\.\.\.\} escapes to heap$" "3 escapes to heap$" "S\{\} escapes to heap$"
}

func main() {
	_ = keyedStruct(1)
	positional(2)
	_ = keyedLocal()
	keyedSlice(3, 4)
	_ = keyedArray("z")
	_ = nested(nil)
	positionalSlice(1, 2, "s")
	_ = positionalArray(3)
}

func positionalSlice(a, b int, s string) { // ERROR "leaking param: s$"
	xs := []interface{}{a, b, s, 4} // ERROR "\[\]interface \{\}\{\.\.\.\} does not escape$" "a escapes to heap$" "b escapes to heap$" "s escapes to heap$" "4 escapes to heap$"
	sink = xs[1]
}

func positionalArray(a int) int {
	xs := [2]interface{}{a, a} // ERROR "a does not escape$"
	return len(xs)
}
