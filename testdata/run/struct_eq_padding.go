package main

import "fmt"

type P struct {
	a int8
	b int64
	c int16
	d int32
	e bool
	s string
}

type Q struct {
	x  uint8
	ps [2]P
	y  uint16
}

func mk(a int8, s string) P { return P{a: a, b: int64(a) * 1000, c: -1, d: 7, e: a > 0, s: s} }

func dirty() int64 {
	var junk [64]int64
	for i := range junk {
		junk[i] = -1
	}
	return junk[3]
}

func build(a int8) Q {
	dirty()
	var q Q
	q.x = uint8(a)
	q.ps[0] = mk(a, "p0")
	q.ps[1] = mk(-a, "p"+"1")
	q.y = 9
	return q
}

func main() {
	p1 := mk(3, "x")
	dirty()
	p2 := mk(3, "x")
	fmt.Println(p1 == p2, p1 != p2)
	arr := [3]P{}
	for i := range arr {
		dirty()
		arr[i] = mk(3, "x")
	}
	fmt.Println(arr[0] == arr[1], arr[1] == p1, arr == [3]P{p1, p2, p1})
	q1 := build(5)
	q2 := build(5)
	q3 := build(6)
	fmt.Println(q1 == q2, q1 == q3, q1.ps == q2.ps, q1.ps[1] == q3.ps[1])
	s := []Q{q1, q2}
	fmt.Println(s[0] == s[1], s[0] == q3)
	p3 := p1
	p3.s = string([]byte{'x'})
	fmt.Println(p3 == p1)
	p3.e = false
	fmt.Println(p3 == p1)
}
