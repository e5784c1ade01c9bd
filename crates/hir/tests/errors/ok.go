package main

import "fmt"

type Point struct {
	X, Y int
}

type Celsius int32

const (
	A = iota
	B
	C
)

const big = 1 << 62

var total = compute(3)

var table = [...]string{"a", "b", "c"}

func compute(n int) int {
	s := 0
	for i := 0; i < n; i++ {
		s += i * base
	}
	return s
}

var base = 2

func pair(a, b int) (int, int) { return b, a }

func named() (x int, err error) {
	x = 3
	return
}

func main() {
	p := &Point{X: 1, Y: 2}
	p.X++
	q := Point{3, 4}
	arr := [4]int{1, 2, 3}
	s := arr[1:3]
	s = append(s, 5, 6)
	s = append(s, s...)
	t := make([]int, 2, 10)
	copy(t, s)
	var c Celsius = 10
	c = c * 2
	x, y := pair(1, 2)
	x, z := pair(x, y)
	n, _ := named()
	var r rune = 'x'
	var b byte = 'y'
	str := "héllo"
	for i, ch := range str {
		fmt.Println(i, ch)
	}
outer:
	for i := range arr {
		for j := range &arr {
			if j > i {
				continue outer
			}
			if i == 3 {
				break outer
			}
		}
	}
	ptr := new(int)
	*ptr = big >> 60
	u := uint8(200) + 55
	fmt.Println(p.X, q, s, t, c, x, y, z, n, r, b, str[1:], *ptr, u, A, B, C, total, table, len(table))
	println(len(s) + cap(s))
	if len(s) > 100 {
		panic("too long")
	}
}
