// errorcheck -0 -m -l

package main

type T struct{ p *int }

var sink interface{}

func value(e interface{}) int { // ERROR "e does not escape$"
	return e.(int)
}

func pointer(e interface{}) *int { // ERROR "leaking param: e to result ~r0 level=0$"
	return e.(*int)
}

func field(e interface{}) *int { // ERROR "leaking param: e to result ~r0 level=0$"
	return e.(T).p
}

func commaOk(e interface{}) (*int, bool) { // ERROR "leaking param: e to result ~r0 level=0$"
	p, ok := e.(*int)
	return p, ok
}

func leakViaAssert(e interface{}) { // ERROR "leaking param: e$"
	sink = e.(interface{})
}

func main() {
	n := 1 // ERROR "moved to heap: n$"
	println(value(1), pointer(&n) != nil, field(T{&n}) != nil) // ERROR "1 does not escape$"
	p, ok := commaOk(&n)
	leakViaAssert(&n)
	println(p != nil, ok)
}
