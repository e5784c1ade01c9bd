package main

type Getter interface {
	Get() *int
	Bump() int
}

type Box struct{ p *int }

func (b *Box) Get() *int { return b.p } // ERROR "leaking param: b to result ~r0 level=1$"
func (b *Box) Bump() int { *b.p++; return *b.p } // ERROR "b does not escape$"

type Val struct{ n int }

func (v Val) Get() *int { return nil }
func (v Val) Bump() int { return v.n + 1 }

func use(g Getter) *int { // ERROR "leaking param: g$"
	g.Bump()
	return g.Get()
}

func pick(b bool, p *int) Getter { // ERROR "leaking param: p$"
	if b {
		return &Box{p} // ERROR "&Box\{\.\.\.\} escapes to heap$"
	}
	return Val{3} // ERROR "Val\{\.\.\.\} escapes to heap$"
}

func main() {
	x := 1 // ERROR "moved to heap: x$"
	var g Getter
	g = pick(true, &x)
	println(*use(g))
	y := 2
	g = Val{y} // ERROR "Val\{\.\.\.\} escapes to heap$"
	println(use(g) == nil)
}
