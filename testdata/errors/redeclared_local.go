package main

import "fmt"

type P struct{ a int }

type S struct {
	x, y int
	P
	x    string
	*P
	_, _ int
}

func f(x int) (r int) {
	var x string
	r := 2
	return 0
}

func g(a, b, a int) {}

func main() {
	var s S
	const c, c = 1, 2
	var v, v int
	fmt.Println(s, c, v, f(1))
	g(1, 2, 3)
}
