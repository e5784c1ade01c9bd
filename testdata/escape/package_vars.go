// errorcheck -0 -m -l

package main

type T struct {
	N int
	P *int
}

var gp *int
var gt *T
var gs []int
var gps []*int
var gv T

func toGlobalPtr() {
	x := 1 // ERROR "moved to heap: x$"
	gp = &x
}

func toGlobalStruct() {
	gt = &T{N: 2} // ERROR "&T\{\.\.\.\} escapes to heap$"
}

func toGlobalSlice(n int) {
	gs = make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
}

func toGlobalSliceConst() {
	gs = make([]int, 3) // ERROR "make\(\[\]int, 3\) escapes to heap$"
}

func appendGlobal() {
	y := 3 // ERROR "moved to heap: y$"
	gps = append(gps, &y)
}

func globalValueField() {
	z := 4 // ERROR "moved to heap: z$"
	gv.P = &z
}

func readGlobal() int {
	return *gp + gt.N
}

func main() {
	toGlobalPtr()
	toGlobalStruct()
	toGlobalSlice(2)
	toGlobalSliceConst()
	appendGlobal()
	globalValueField()
	println(readGlobal(), len(gs), len(gps), *gv.P)
}
