package main

import (
	"fmt"
	"os"
)

type Point struct{ X, Y int }

func pos(n int) (int, bool) { return n * 2, n > 0 }

func main() {
	var (
		a int
		b = 2
		c, d = "c", 'd'
	)
	const (
		k0 = iota * 10
		k1
		k2
	)
	var p (*int) = &a
	*p = 5
	fmt.Println(a, b, c, d, k0, k1, k2)
	pts := []*Point{{1, 2}, {X: 3}, nil}
	fmt.Println(*pts[0], *pts[1], pts[2] == nil, len(pts))
	arr := [...]int{1, 2, 3}
	keyed := [5]int{2: 1, 4: 2}
	sk := [...]string{3: "x", 1: "y"}
	fmt.Println(arr, len(arr), keyed, sk, len(sk))
	md := [][2]int{{1, 2}, {3}}
	pa := [2]Point{{1, 1}, {Y: 2}}
	ps := []Point{1: {5, 5}}
	fmt.Println(md, pa, ps)
	if x, ok := pos(3); ok && x > 5 {
		fmt.Println("pos", x)
	} else if y := x + 1; y > 0 {
		fmt.Println("else", y)
	} else {
		fmt.Println("none")
	}
	if x, ok := pos(-1); !ok {
		fmt.Println("neg", x)
	}
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, j, ";")
	}
	fmt.Println()
	s := "\u00e9\U0001F600\a\b\f\v\\\x41\101"
	fmt.Println(len(s), s[len(s)-2:])
	runes := []rune{'\'', '\x41', '\u4e16', '\377', '\n', '"'}
	fmt.Println(runes)
	nums := []int{0x_FF, 1_000, 0o17, 017, 0b_1010, 0X1f, 1e3}
	fmt.Println(nums)
	/* block comment */ fmt.Println( /* inline */ "ok" /* trailing */)
	x := 1; y := 2; fmt.Println(x + y)
	{
		x := 10
		{
			x := x * 2
			fmt.Println(x)
		}
		fmt.Println(x)
	}
	fmt.Println(x)
	var e1, e2 Point = Point{1, 2}, Point{}
	fmt.Println(e1, e2)
	var q = new(Point)
	q.X++
	q.Y--
	fmt.Println(*q)
	if len(os.Args) > 5 {
		os.Exit(9)
	}
	goto_label := 3
	fmt.Println(goto_label)
}
