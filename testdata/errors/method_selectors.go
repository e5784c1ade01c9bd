package main

type A struct{}
type B struct{}

func (A) M() {}
func (B) M() {}
func (*A) P() {}

type C struct {
	A
	B
}

type D struct{ x int }

func (D) x() {}

type E struct {
	*A
}

func main() {
	var c C
	c.M()
	_ = c.M
	A{}.P()
	A.P(A{})
	(*A).P(&A{})
	var e E
	e.P()
	e.Q()
	D.y(D{})
	_ = A.M
}

type F struct{ f int }

var _ = F.f
