package main

import "fmt"

var sink interface{}

type P struct{ a, b int }

type Stringer interface{ Str() string }

func (p P) Str() string { return fmt.Sprint("P", p.a, p.b) }

func f(y interface{}) bool {
	var ok bool
	sink, ok = y.(int)
	return ok
}

func g(y interface{}) string {
	var o interface{}
	var s string
	s, o = y.(string)
	return fmt.Sprint(s, o)
}

func h(y interface{}) {
	var local interface{}
	var ok bool
	local, ok = y.(P)
	fmt.Println(local, ok)
}

func k(y interface{}) {
	var st Stringer
	var ok interface{}
	st, ok = y.(P)
	fmt.Println(st.Str(), ok)
	var e interface{}
	e, ok = y.(Stringer)
	fmt.Println(e, ok)
}

func main() {
	fmt.Println(f(3))
	fmt.Println(sink)
	fmt.Println(f("x"))
	fmt.Println(sink)
	fmt.Println(g("s"), g(1))
	h(P{1, 2})
	h(nil)
	k(P{3, 4})
}
