// errorcheck -0 -m -l

package main

func makeN(n int) int {
	s := make([]int, n) // ERROR "make\(\[\]int, n\) escapes to heap$"
	return len(s)
}

func makeLenCap(n int) int {
	s := make([]byte, 0, n) // ERROR "make\(\[\]byte, 0, n\) escapes to heap$"
	s = append(s, 1)
	return len(s) + cap(s)
}

func makeConst() int {
	s := make([]int, 10) // ERROR "make\(\[\]int, 10\) does not escape$"
	s[0] = 1
	return s[0]
}

func makeConstCap() int {
	s := make([]int, 2, 16) // ERROR "make\(\[\]int, 2, 16\) does not escape$"
	return cap(s)
}

func makeReturned() []int {
	return make([]int, 4) // ERROR "make\(\[\]int, 4\) escapes to heap$"
}

func makeVar() int {
	const k = 100
	s := make([]int32, k) // ERROR "make\(\[\]int32, k\) does not escape$"
	return len(s)
}

func main() {
	println(makeN(3), makeLenCap(4), makeConst(), makeConstCap(), len(makeReturned()), makeVar())
}
