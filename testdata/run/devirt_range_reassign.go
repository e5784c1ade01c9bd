// gc 1.19's devirtualization takes a local assigned by a range clause for one never
// reassigned (its `reassigned` looks at assignment statements only), so the call
// after the loop asserts the local still holds the type it was declared with, and
// panics when it does not: golift does as gc does.
package main

type Shape interface {
	Name() string
}

type Square struct{ side int }

func (s Square) Name() string { return "square" }

type Rect struct{ w, h int }

func (r *Rect) Name() string { return "rect" }

func main() {
	var s Shape = Square{3}
	println(s.Name())
	for _, s = range []Shape{Square{4}} {
	}
	println(s.Name())
	for _, s = range []Shape{&Rect{2, 5}} {
	}
	println(s.Name())
}
