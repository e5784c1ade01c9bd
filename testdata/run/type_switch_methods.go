package main

import "fmt"

type Shape interface {
	Area() int
}

type Named interface {
	Name() string
}

type Sq struct{ s int }

func (q Sq) Area() int      { return q.s * q.s }
func (q Sq) Name() string   { return "square" }

type Rect struct{ w, h int }

func (r *Rect) Area() int { return r.w * r.h }

type Num int

func (n Num) Name() string { return fmt.Sprint("num", int(n)) }

func classify(s Shape) {
	switch v := s.(type) {
	case nil:
		fmt.Println("nil shape")
	case Named:
		fmt.Println("named", v.Name(), s.Area())
	case *Rect:
		fmt.Println("rect", v.w, v.h, v.Area())
	default:
		fmt.Println("other", v.Area())
	}
}

func any(x interface{}) string {
	switch v := x.(type) {
	case int, string:
		return fmt.Sprint("int or string ", v)
	case Shape:
		return fmt.Sprint("shape ", v.Area())
	case Named:
		return "named " + v.Name()
	case error:
		return "error " + v.Error()
	case interface{}:
		return "something"
	}
	return "nil"
}

type myErr struct{}

func (*myErr) Error() string { return "boom" }

func main() {
	classify(nil)
	classify(Sq{3})
	classify(&Rect{2, 5})
	classify(&Sq{4})
	fmt.Println(any(1))
	fmt.Println(any("s"))
	fmt.Println(any(Sq{2}))
	fmt.Println(any(Num(7)))
	fmt.Println(any(&myErr{}))
	fmt.Println(any(2.5))
	fmt.Println(any(nil))
	var n Named = Num(3)
	switch n.(type) {
	case Shape:
		fmt.Println("num is a shape")
	case Stringer:
		fmt.Println("num is a stringer")
	default:
		fmt.Println("num is just named")
	}
}
type Stringer interface{ String() string }
