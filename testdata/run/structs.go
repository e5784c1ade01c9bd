package main

import "fmt"

type Point struct {
	X, Y int
}

type Rect struct {
	Min  Point
	Max  Point
	Name string
	Ok   bool
}

func area(r Rect) int {
	return (r.Max.X - r.Min.X) * (r.Max.Y - r.Min.Y)
}

func grow(r *Rect, d int) {
	r.Min.X -= d
	r.Min.Y -= d
	r.Max.X += d
	r.Max.Y += d
}

func newRect(name string, w, h int) *Rect {
	return &Rect{Max: Point{w, h}, Name: name, Ok: true}
}

func main() {
	r := Rect{Point{1, 2}, Point{4, 6}, "r", false}
	fmt.Println(r, area(r))
	c := r
	grow(&r, 1)
	fmt.Println(r, area(r))
	fmt.Println(c, area(c))
	p := newRect("p", 3, 5)
	grow(p, 2)
	fmt.Println(p, area(*p))
	fmt.Println(*p)
	q := p
	q.Name = "q"
	fmt.Println(p.Name, q.Name, p == q)
	var z Rect
	fmt.Println(z)
	fmt.Println(&Point{-1, -2})
}
