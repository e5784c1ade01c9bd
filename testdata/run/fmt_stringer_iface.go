package main

import "fmt"

type T int

func (t T) String() string { return fmt.Sprintf("T%d", int(t)) }

type G struct{}

func (G) GoString() string { return "G{}!" }

func describe(s fmt.Stringer) string { return "<" + s.String() + ">" }

func main() {
	var s fmt.Stringer = T(4)
	fmt.Println(s, describe(T(5)))
	fmt.Printf("%v %T %s\n", s, s, s)
	var n fmt.Stringer
	fmt.Println(n == nil, n)
	list := []fmt.Stringer{T(1), T(2), nil}
	fmt.Println(list)
	fmt.Printf("%T\n", list)
	var gs fmt.GoStringer = G{}
	fmt.Printf("%#v %v\n", gs, gs)
	if t, ok := s.(T); ok {
		fmt.Println("is T", t)
	}
	var a any = T(9)
	if st, ok := a.(fmt.Stringer); ok {
		fmt.Println("stringer", st.String())
	}
}
