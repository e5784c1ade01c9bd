// errorcheck -0 -m -l

package main

type B struct{ p *int }

func (b B) Get() *int { return b.p } // ERROR "leaking param: b to result ~r0 level=0$"

func f() {
	type X struct{ B }
	type W struct{ B }
	var w W
	var x X
	println(w.Get() == nil, x.Get() == nil)
}

func main() {
	type W struct {
		B
		n int
	}
	{
		type W struct{ B; m int }
		var w W
		println(w.Get() == nil)
	}
	var w W
	println(w.Get() == nil)
	f()
}
