package main

import "fmt"

type Shape interface {
	Area() float64
	Name() string
}

type Named interface {
	Name() string
}

type Rect struct{ w, h float64 }

func (r Rect) Area() float64 { return r.w * r.h }
func (r Rect) Name() string  { return "rect" }

type Circle struct{ r float64 }

func (c *Circle) Area() float64 { return 3 * c.r * c.r }
func (c *Circle) Name() string  { return "circle" }

type Celsius float64

func (c Celsius) Area() float64 { return float64(c) }
func (c Celsius) Name() string  { return "celsius" }

type Big struct {
	a, b, c, d int
	s         string
}

func (b Big) Area() float64 { return float64(b.a + b.b + b.c + b.d) }
func (b Big) Name() string  { return b.s }

type Ptr struct{ p *int }

func (p Ptr) Area() float64 { return float64(*p.p) }
func (p Ptr) Name() string  { return "ptr" }

type Err struct{ code int }

func (e *Err) Error() string { return fmt.Sprint("code ", e.code) }

func total(shapes []Shape) float64 {
	t := 0.0
	for _, s := range shapes {
		t += s.Area()
	}
	return t
}

func find(code int) error {
	if code == 0 {
		return nil
	}
	return &Err{code}
}

func main() {
	n := 7
	shapes := []Shape{Rect{2, 3}, &Circle{1}, Celsius(4.5), Big{1, 2, 3, 4, "big"}, Ptr{&n}}
	for _, s := range shapes {
		fmt.Println(s.Name(), s.Area())
	}
	fmt.Println(total(shapes))
	var nm Named
	nm = Rect{}
	fmt.Println(nm.Name())
	var s Shape
	s = &Big{5, 5, 5, 5, "pbig"}
	fmt.Println(s.Name(), s.Area())
	var e interface{} = s
	fmt.Println(e)
	if b, ok := s.(*Big); ok {
		fmt.Println("is *Big", b.s)
	}
	_, ok := s.(Rect)
	fmt.Println(ok)
	err := find(3)
	fmt.Println(err.Error(), err != nil)
	err = find(0)
	fmt.Println(err == nil)
	var sh Shape
	fmt.Println(sh == nil)
	c := shapes[1].(*Circle)
	fmt.Println(c.r)
}
