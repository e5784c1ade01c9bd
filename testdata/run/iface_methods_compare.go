package main

import "fmt"

type I interface{ M() int }
type A struct{ x int }

func (a A) M() int { return a.x }

type B []int

func (b B) M() int { return len(b) }

type P struct{ p *int }

func (p P) M() int { return *p.p }

func main() {
	var i I = A{1}
	var j I = A{1}
	fmt.Println(i == j, i != j, i == A{1}, i == A{2})
	j = A{3}
	fmt.Println(i == j)
	var k I
	fmt.Println(k == nil, i == nil, k == i)
	n := 5
	var p1, p2 I
	p1 = P{&n}
	p2 = P{&n}
	fmt.Println(p1 == p2, p1.M())
	var e interface{} = i
	fmt.Println(e == A{1})
	var b1, b2 I
	b1 = B{1}
	b2 = B{1}
	fmt.Println(b1.M())
	fmt.Println(b1 == b2)
}
