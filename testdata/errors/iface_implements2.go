package main

type I interface {
	M()
	N() int
}
type T struct{}

func (T) M() {}

type P struct{}

func (*P) M()     {}
func (*P) N() int { return 0 }

type Q struct{}

func (Q) M()       {}
func (Q) N() string { return "" }

type E interface {
	error
	Code() int
}

func main() {
	var i I
	_ = i == T{}
	var k interface {
		M()
		M()
	}
	_ = k
	_ = i.(T)
	_ = i.(*P)
	_ = i.(Q)
	_, _ = i.(T)
	var e E
	var err error = e
	_ = err.(E)
	_ = e.Error() + e.Code()
}
