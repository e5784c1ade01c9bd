package main

import "fmt"

type T struct{ n int }

func (t T) show()   { fmt.Println("show", t.n) }
func (t *T) pshow() { fmt.Println("pshow", t.n) }

func named() (r int) {
	defer inc(&r)
	r = 10
	return r * 2
}

func inc(p *int) { *p++ }

func rec() {
	if r := recover(); r != nil {
		fmt.Println("recovered:", r)
	}
}

func safeDiv(a, b int) (q int) {
	defer rec()
	q = -1
	return a / b
}

func idx(s []int, i int) int {
	defer rec()
	return s[i]
}

func nilp(p *T) int {
	defer rec()
	return p.n
}

func loop() {
	for i := 0; i < 3; i++ {
		defer fmt.Println("loop", i)
	}
}

func main() {
	x := 1
	defer fmt.Println("deferred x =", x)
	x = 2
	t := T{5}
	defer t.show()
	defer t.pshow()
	t.n = 7
	fmt.Println(named())
	fmt.Println(safeDiv(6, 0))
	fmt.Println(idx([]int{1, 2, 3}, 5))
	fmt.Println(nilp(nil))
	loop()
	defer println("builtin", 3)
	func2()
}

func func2() {
	defer rec()
	panic("boom")
}
