// errorcheck -0 -m -l

package main

func sliceOfLocalArray() []int {
	var arr [4]int // ERROR "moved to heap: arr$"
	arr[1] = 1
	return arr[:]
}

func sliceOfLocalArrayPart() []byte {
	var buf [16]byte // ERROR "moved to heap: buf$"
	return buf[2:5]
}

func sliceOfLocalArrayUsed() int {
	var arr [4]int
	s := arr[1:3]
	s[0] = 9
	return arr[1]
}

func arrayByValue() [4]int {
	var arr [4]int
	arr[3] = 3
	return arr
}

func sliceOfParamArray(a [3]int) []int { // ERROR "moved to heap: a$"
	return a[:]
}

func sliceOfArrayPtr(a *[3]int) []int { // ERROR "leaking param: a to result ~r0 level=0$"
	return a[1:]
}

func main() {
	var a [3]int
	println(len(sliceOfLocalArray()), len(sliceOfLocalArrayPart()), sliceOfLocalArrayUsed(), arrayByValue()[3], len(sliceOfParamArray(a)), len(sliceOfArrayPtr(&a)))
}
