// Calls through interfaces that gc devirtualizes (the receiver's static value is a
// conversion of a concrete value): direct calls of the method on x.(T), with value
// and pointer receivers, one- and multi-word receivers, arguments, results and a
// variadic tail; and calls gc leaves dynamic (reassigned or address-taken locals).
package main

type Shape interface {
	Area() int
	Name() string
	Scale(k int) Shape
}

type Square struct{ side int }

func (s Square) Area() int         { return s.side * s.side }
func (s Square) Name() string      { return "square" }
func (s Square) Scale(k int) Shape { return Square{s.side * k} }

type Rect struct {
	w, h int
	tag  string
}

func (r Rect) Area() int         { return r.w * r.h }
func (r Rect) Name() string      { return "rect " + r.tag }
func (r Rect) Scale(k int) Shape { return Rect{r.w * k, r.h * k, r.tag} }

type Counter struct{ n int }

func (c *Counter) Area() int    { c.n++; return c.n }
func (c *Counter) Name() string { return "counter" }
func (c *Counter) Scale(k int) Shape {
	c.n *= k
	return c
}

type Summer interface {
	Sum(base int, xs ...int) int
}

type adder struct{ bias int }

func (a adder) Sum(base int, xs ...int) int {
	t := base + a.bias
	for _, x := range xs {
		t += x
	}
	return t
}

func show(s Shape) {
	println(s.Name(), s.Area())
}

func main() {
	var s Shape = Square{3}
	println(s.Name(), s.Area())
	t := s.Scale(2)
	println(t.Name(), t.Area())

	r := Shape(Rect{2, 5, "r1"})
	println(r.Name(), r.Area())
	r2 := r
	println(r2.Scale(3).Area())

	c := &Counter{}
	var cs Shape = c
	cs.Area()
	cs.Area()
	println(cs.Name(), cs.Area(), c.n)
	cs.Scale(10)
	println(c.n)

	var sum Summer = adder{100}
	println(sum.Sum(1), sum.Sum(1, 2, 3), sum.Sum(0, []int{4, 5}...))

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
