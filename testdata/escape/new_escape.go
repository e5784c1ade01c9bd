// errorcheck -0 -m -l

package main

var global *int

func newReturned() *int {
	p := new(int) // ERROR "new\(int\) escapes to heap$"
	*p = 7
	return p
}

func newToGlobal() {
	p := new(int) // ERROR "new\(int\) escapes to heap$"
	global = p
}

func newTwo() (*int, int) {
	a := new(int) // ERROR "new\(int\) escapes to heap$"
	b := new(int) // ERROR "new\(int\) does not escape$"
	*b = 5
	return a, *b
}

func newString() *string {
	return new(string) // ERROR "new\(string\) escapes to heap$"
}

func main() {
	newToGlobal()
	a, _ := newTwo()
	println(*newReturned(), *a, *newString(), *global)
}
