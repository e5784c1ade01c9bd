package main

type I interface {
	M()
	N() int
}
type J interface {
	I
	P()
}
type T struct{}

func (T) M() {}

type P struct{}

func (*P) M()     {}
func (*P) N() int { return 0 }

type W struct{}

func (W) M(int)   {}
func (W) N() int { return 0 }

func f(i I) {}

func main() {
	var i I = T{}
	var i2 I = P{}
	var i3 I = W{}
	var j J
	i = j
	j = i
	var e error = T{}
	_ = I(T{})
	var e1 error = 1
	f(T{})
	_, _, _, _, _, _ = i, i2, i3, j, e, e1
}
