// errorcheck -0 -m -l

package main

var gp *int

func addrReturned() *int {
	x := 1 // ERROR "moved to heap: x$"
	return &x
}

func addrGlobal() {
	y := 2 // ERROR "moved to heap: y$"
	gp = &y
}

func paramAddr(z int) *int { // ERROR "moved to heap: z$"
	return &z
}

func addrLocalOnly() int {
	w := 3
	p := &w
	*p++
	return w
}

type S struct {
	a int
	b int
}

func structAddr() *int {
	var s S // ERROR "moved to heap: s$"
	return &s.b
}

func arrayAddr() *int {
	var arr [4]int // ERROR "moved to heap: arr$"
	return &arr[2]
}

func main() {
	addrGlobal()
	println(*addrReturned(), *paramAddr(4), addrLocalOnly(), *structAddr(), *arrayAddr(), *gp)
}
