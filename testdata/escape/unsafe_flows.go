// errorcheck -0 -m -l

package main

import "unsafe"

var sink unsafe.Pointer
var usink uintptr

func add(p *int) unsafe.Pointer { // ERROR "leaking param: p to result ~r0 level=0$"
	return unsafe.Add(unsafe.Pointer(p), 8)
}

func slice(p *int) []int { // ERROR "leaking param: p to result ~r0 level=0$"
	return unsafe.Slice(p, 4)
}

func toUintptr(p *int) uintptr { // ERROR "p does not escape$"
	return uintptr(unsafe.Pointer(p))
}

func viaUintptr(p *int) { // ERROR "leaking param: p$"
	sink = unsafe.Pointer(uintptr(unsafe.Pointer(p)) + 8)
}

func local() int {
	x := [4]int{1, 2, 3, 4}
	s := unsafe.Slice(&x[0], 4)
	return s[3]
}

func storeU(p *int) { // ERROR "p does not escape$"
	usink = uintptr(unsafe.Pointer(p))
}

func main() {
	a, b := 1, 2 // ERROR "moved to heap: a$"
	println(add(&a) != nil, len(slice(&b)), toUintptr(&a) != 0, local())
	viaUintptr(&a)
	storeU(&b)
}
