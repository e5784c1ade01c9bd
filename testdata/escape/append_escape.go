// errorcheck -0 -m -l

package main

func appendLocal() int {
	s := make([]int, 0, 4) // ERROR "make\(\[\]int, 0, 4\) does not escape$"
	s = append(s, 1, 2)
	return len(s)
}

func appendReturn(s []int, v int) []int { // ERROR "leaking param: s to result ~r0 level=0$"
	return append(s, v)
}

func appendGrowLocal(n int) int {
	var s []int
	for i := 0; i < n; i++ {
		s = append(s, i)
	}
	return len(s)
}

func appendSpread(a, b []int) []int { // ERROR "leaking param: a to result ~r0 level=0$" "b does not escape$"
	return append(a, b...)
}

func appendPtrs(p *int) []*int { // ERROR "leaking param: p$"
	var s []*int
	return append(s, p)
}

func main() {
	x := 1 // ERROR "moved to heap: x$"
	println(appendLocal(), len(appendReturn(nil, 1)), appendGrowLocal(5), len(appendSpread([]int{1}, []int{2})), len(appendPtrs(&x))) // ERROR "\[\]int\{\.\.\.\} does not escape$"
}
