// errorcheck -0 -m -l

package main

type T struct {
	A int
	B string
	C *int
}

var gt *T

func litLocal() int {
	t := &T{A: 1} // ERROR "&T\{\.\.\.\} does not escape$"
	t.A++
	return t.A
}

func litReturned() *T {
	return &T{A: 2, B: "b"} // ERROR "&T\{\.\.\.\} escapes to heap$"
}

func litGlobal() {
	gt = &T{A: 3} // ERROR "&T\{\.\.\.\} escapes to heap$"
}

func litValue() T {
	t := T{A: 4}
	return t
}

func litAddrOfValue() *T {
	t := T{A: 5} // ERROR "moved to heap: t$"
	return &t
}

func litSlice() int {
	s := []int{1, 2, 3} // ERROR "\[\]int\{\.\.\.\} does not escape$"
	return s[1]
}

func litSliceReturned() []int {
	return []int{4, 5, 6} // ERROR "\[\]int\{\.\.\.\} escapes to heap$"
}

func litArray() [3]int {
	a := [3]int{7, 8, 9}
	return a
}

func main() {
	litGlobal()
	println(litLocal(), litReturned().A, litValue().A, litAddrOfValue().A, litSlice(), len(litSliceReturned()), litArray()[0], gt.A)
}
