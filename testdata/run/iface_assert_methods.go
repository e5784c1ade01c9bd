package main

import "fmt"

type Stringer interface{ String() string }

type Namer interface {
	Name() string
	String() string
}

type T struct{ n int }

func (t T) String() string { return fmt.Sprint("T", t.n) }
func (t *T) Name() string  { return "ptrT" }

type U int

func (u U) String() string { return "U" }

type big struct{ a, b, c int }

func (b big) String() string { return fmt.Sprint("big", b.a+b.b+b.c) }
func (b big) Name() string   { return "bigname" }

func show(x interface{}) {
	if s, ok := x.(Stringer); ok {
		fmt.Println("stringer:", s.String())
	} else {
		fmt.Println("not a stringer")
	}
	if n, ok := x.(Namer); ok {
		fmt.Println("namer:", n.Name(), n.String())
	}
}

func toStringer(n Namer) Stringer { return n }

func main() {
	show(1)
	show(T{3})
	show(&T{4})
	show(U(5))
	show(big{1, 2, 3})
	show(nil)
	var n Namer = &T{7}
	s := toStringer(n)
	fmt.Println(s.String())
	var n2 Namer
	s2 := toStringer(n2)
	fmt.Println(s2 == nil)
	s3 := Stringer(big{4, 5, 6})
	n3 := s3.(Namer)
	fmt.Println(n3.Name(), n3.String())
	n4, ok := s3.(Namer)
	fmt.Println(n4 != nil, ok)
	var s5 Stringer = U(1)
	n5, ok := s5.(Namer)
	fmt.Println(n5 == nil, ok)
	// compare run-time itab with static one
	var a Stringer = big{1, 1, 1}
	var b interface{} = big{1, 1, 1}
	c := b.(Stringer)
	fmt.Println(a == c, c == big{1, 1, 1}, a == Stringer(U(1)))
	var e error
	var x interface{} = e
	_, ok = x.(error)
	fmt.Println(ok)
	st := Stringer(&T{9})
	fmt.Println(st.(Namer).Name())
}
