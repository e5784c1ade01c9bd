// errorcheck -0 -m -l

package main

type E interface{}

type P struct{ x, y int }

var sink interface{}

func explicit(i8 int8, p P) bool {
	a := interface{}(i8) // ERROR "\(interface \{\}\)\(i8\) does not escape$"
	b := E(5) // ERROR "E\(5\) does not escape$"
	var c interface{} = interface{}(p) // ERROR "\(interface \{\}\)\(p\) does not escape$"
	sink = interface{}(p) // ERROR "\(interface \{\}\)\(p\) escapes to heap$"
	return a == b || c == nil || i8 == interface{}(int8(-1)) // ERROR "\(interface \{\}\)\(int8\(-1\)\) does not escape$"
}

func mixed(e interface{}, n int, p P, q *P) bool { // ERROR "e does not escape$" "q does not escape$"
	return e == n || n != e || e == p || e == q || e == "s"
}

func both(a, b interface{}) bool { // ERROR "a does not escape$" "b does not escape$"
	return a == b
}

func main() {
	println(explicit(1, P{}), mixed(nil, 1, P{}, nil), both(1, 2)) // ERROR "1 does not escape$" "2 does not escape$"
}
