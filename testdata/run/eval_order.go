package main

import "fmt"

var trace []int

func f(n int) int {
	trace = append(trace, n)
	return n
}

func g(n int) (int, int) {
	trace = append(trace, -n)
	return n, n * 2
}

func idx(n int) int {
	println("idx", n)
	return n
}

func val(n int) int {
	println("val", n)
	return n
}

func add3(a, b, c int) int { return a + b + c }

func main() {
	x := f(1) + f(2)*f(3) - f(4)
	fmt.Println(x, trace)
	trace = nil
	y := add3(f(1), add3(f(2), f(3), f(4)), f(5))
	fmt.Println(y, trace)
	trace = nil
	s := make([]int, 5)
	s[idx(1)] = val(2)
	s[idx(2)], s[idx(3)] = val(4), val(5)
	fmt.Println(s)
	a, b := g(3)
	fmt.Println(a, b, trace)
	trace = nil
	ok := f(1) > 0 || f(2) > 0
	ok2 := f(3) < 0 && f(4) > 0
	fmt.Println(ok, ok2, trace)
	trace = nil
	arr := [3]int{f(7), f(8), f(9)}
	sl := []int{f(10), f(11)}
	fmt.Println(arr, sl, trace)
	trace = nil
	s[idx(0)] += val(10)
	fmt.Println(s)
	fmt.Println(f(100), f(200), trace)
	println(val(1), val(2))
}
