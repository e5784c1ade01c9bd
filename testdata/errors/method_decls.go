package main

type T struct{ a int; M int }

func (t T) M() {}

func (t *T) N() {}
func (t T) N() {}

type P *T

func (p P) X() {}

func (x *P) Y() {}

func (i int) Z() {}



func (q **T) W() {}

func (u U) V() {}

type S struct{ T }

func (s S) a2() {}

func main() {
	var s S
	s.N()
	T{}.N()
	var t T
	t.Q()
}
