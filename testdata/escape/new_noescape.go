// errorcheck -0 -m -l

package main

func newLocal() int {
	t := new(int) // ERROR "new\(int\) does not escape$"
	*t = 1
	return *t
}

func newSum(n int) int {
	acc := new(int) // ERROR "new\(int\) does not escape$"
	for i := 0; i < n; i++ {
		*acc += i
	}
	return *acc
}

type pair struct {
	a, b int
}

func newStruct() int {
	p := new(pair) // ERROR "new\(pair\) does not escape$"
	p.a = 3
	p.b = 4
	return p.a * p.b
}

func newBool() bool {
	b := new(bool) // ERROR "new\(bool\) does not escape$"
	*b = !*b
	return *b
}

func main() {
	println(newLocal(), newSum(10), newStruct(), newBool())
}
