// gc's devirtualization in the typed body: a call through an interface whose
// receiver is known to hold a T is a static call of T.M on x.(T), along embedded
// fields with the implicit * the method needs.
package main

type Shape interface{ Area() int }

type Square struct{ side int }

func (s Square) Area() int { return s.side * s.side }

type Outer struct{ Square }

type Rect struct{ w, h int }

func (r *Rect) Area() int { return r.w * r.h }

func f(n int) int {
	var s Shape = Square{n}
	o := Shape(&Outer{Square{n}})
	r := Shape(&Rect{n, n})
	return s.Area() + o.Area() + r.Area()
}

func main() {
	println(f(2))
}
