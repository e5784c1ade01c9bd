package main

type Base struct{ id int }

func (b *Base) Set(id int) { b.id = id }
func (b Base) ID() int     { return b.id }

type Outer struct {
	*Base
	n int
}

func calls(o Outer, p *Base) int {
	var b Base
	b.Set(1)
	p.Set(2)
	o.Set(3)
	return b.ID() + p.ID() + o.ID() + Base.ID(b) + (*Base).ID(p)
}

func main() {
	println(calls(Outer{Base: &Base{}}, &Base{}))
}
