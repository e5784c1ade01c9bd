package main

import "fmt"

type Base struct{ id int }

func (b Base) ID() int       { return b.id }
func (b *Base) SetID(id int) { b.id = id }
func (b Base) Name() string  { return "base" }

type Mid struct {
	Base
	tag string
}

// Mid's own Name hides Base.Name (a shallower depth wins).
func (m Mid) Name() string { return "mid:" + m.tag }

type Top struct {
	*Mid
	extra int
}

type Pair struct {
	Left  Base
	Right *Base
}

func (p Pair) Sum() int { return p.Left.ID() + p.Right.ID() }

type Deep struct {
	Top
}

func main() {
	var m Mid
	m.SetID(4)
	fmt.Println(m.ID(), m.Name(), m.Base.Name())
	t := Top{Mid: &m}
	t.SetID(9)
	fmt.Println(t.ID(), m.id, t.Name())
	d := Deep{t}
	d.SetID(11)
	fmt.Println(d.ID(), m.ID(), d.Top.Mid.Base.ID())
	pd := &d
	pd.SetID(12)
	fmt.Println(pd.ID(), pd.Name())
	p := Pair{Base{1}, &Base{2}}
	p.Right.SetID(5)
	p.Left.SetID(3)
	fmt.Println(p.Sum())
	// Method expressions called directly, through embedded fields too.
	fmt.Println(Base.ID(m.Base), Mid.ID(m), (*Mid).Name(&m))
	(*Base).SetID(&m.Base, 21)
	(*Mid).SetID(&m, 22)
	fmt.Println(Top.ID(t), Deep.Name(d), m.id)
}
