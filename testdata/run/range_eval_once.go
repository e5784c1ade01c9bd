package main

import "fmt"

var calls int

func src() string {
	calls++
	return "héllo"
}

func arr() [3]int {
	calls++
	return [3]int{1, 2, 3}
}

func main() {
	s := "abc"
	for i, r := range s {
		s = "zzzzzz"
		fmt.Println(i, r, len(s))
	}
	for i, r := range src() {
		fmt.Print(i, r, " ")
	}
	fmt.Println(calls)
	for i, v := range arr() {
		fmt.Print(i, v, " ")
	}
	fmt.Println(calls)
	a := [3]int{1, 2, 3}
	for i, v := range &a {
		if i == 0 {
			a[2] = 30
		}
		fmt.Print(v, " ")
	}
	fmt.Println()
	sl := []int{1, 2, 3}
	for i := range sl {
		sl = sl[:1]
		fmt.Print(i, " ")
	}
	fmt.Println(len(sl))
	n := 3
	for i := 0; i < n; i++ {
		n--
		fmt.Print(i, n, " ")
	}
	fmt.Println()
	var p *[4]string
	for i := range p {
		fmt.Print(i)
	}
	fmt.Println()
	x := []int{10, 20, 30}
	var i, v int
	for i, v = range x {
		x[len(x)-1-i] = v * 2
	}
	fmt.Println(i, v, x)
}
