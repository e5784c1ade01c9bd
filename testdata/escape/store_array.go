// errorcheck -0 -m -l

package main

var garr [2]*int

func storeInLocalArray() int {
	var arr [2]*int
	a := 1
	arr[0] = &a
	return *arr[0]
}

func storeInGlobalArray() {
	b := 2 // ERROR "moved to heap: b$"
	garr[1] = &b
}

func returnArrayOfPointers() [2]*int {
	c, d := 3, 4 // ERROR "moved to heap: c$" "moved to heap: d$"
	return [2]*int{&c, &d}
}

func storeInArrayParam(arr *[2]*int) { // ERROR "arr does not escape$"
	e := 5 // ERROR "moved to heap: e$"
	arr[0] = &e
}

func arrayValueParam(arr [2]*int) *int { // ERROR "leaking param: arr to result ~r0 level=0$"
	return arr[1]
}

func main() {
	storeInGlobalArray()
	var local [2]*int
	storeInArrayParam(&local)
	r := returnArrayOfPointers()
	println(storeInLocalArray(), *r[0], *local[0], *arrayValueParam(r))
}
