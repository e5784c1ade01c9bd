// Calls through interfaces that gc devirtualizes (the receiver's static value is a
// conversion of a concrete value): direct calls of the method on x.(T), with value
// and pointer receivers, one- and multi-word receivers and results; and calls gc
// leaves dynamic (reassigned or address-taken locals).
package main

type Shape interface {
	Area() int
	Name() string
	Double() Shape
}

type Square struct{ side int }

func (s Square) Area() int     { return s.side * s.side }
func (s Square) Name() string  { return "square" }
func (s Square) Double() Shape { return Square{s.side * 2} }

type Rect struct {
	w, h int
	tag  string
}

func (r Rect) Area() int     { return r.w * r.h }
func (r Rect) Name() string  { return "rect " + r.tag }
func (r Rect) Double() Shape { return Rect{r.w * 2, r.h * 2, r.tag} }

type Counter struct{ n int }

func (c *Counter) Area() int    { c.n++; return c.n }
func (c *Counter) Name() string { return "counter" }
func (c *Counter) Double() Shape {
	c.n *= 2
	return c
}

func show(s Shape) {
	println(s.Name(), s.Area())
}

func main() {
	var s Shape = Square{3}
	println(s.Name(), s.Area())
	t := s.Double()
	println(t.Name(), t.Area())

	r := Shape(Rect{2, 5, "r1"})
	println(r.Name(), r.Area())
	r2 := r
	println(r2.Double().Area())

	c := &Counter{}
	var cs Shape = c
	cs.Area()
	cs.Area()
	println(cs.Name(), cs.Area(), c.n)
	cs.Double()
	println(c.n)

	// Reassigned: a dynamic call.
	d := Shape(Square{1})
	d = Rect{1, 2, "d"}
	println(d.Name())
	// Address taken: a dynamic call.
	e := Shape(Square{4})
	p := &e
	*p = Rect{3, 3, "e"}
	println(e.Name(), e.Area())

	show(Square{7})
	for i := 0; i < 3; i++ {
		var q Shape = Square{i}
		println(q.Area())
	}
}
