package main

import "fmt"

type P struct {
	x, y int
	_    int
	s    string
}

type W struct{ p *int }

func eq(a, b interface{}) bool { return a == b }

func main() {
	var e interface{} = P{1, 2, 3, "a"}
	fmt.Println(e == P{1, 2, 4, "a"}, e == P{1, 3, 0, "a"}, P{1, 2, 0, "b"} != e)
	n := 5
	w := W{&n}
	var f interface{} = w
	fmt.Println(f == w, f == W{nil}, f == &n)
	fmt.Println(eq(1, 1), eq(1, int64(1)), eq("a", "a"), eq(nil, nil), eq(nil, 1))
	fmt.Println(eq(1.5, 1.5), eq([2]int{1, 2}, [2]int{1, 2}), eq(e, P{1, 2, 9, "a"}))
	var x, y float64 = 0, 0
	y = -y
	fmt.Println(eq(x, y), eq(x/y, x/y))
	var i8 int8 = -1
	fmt.Println(eq(i8, int8(-1)), i8 == interface{}(int8(-1)))
	fmt.Println(eq([]int{1}, 1))
}
