package main

import "fmt"

type Counter struct {
	n    int
	name string
}

func (c *Counter) Inc() { c.n++ }

func (c Counter) Get() int { return c.n }

func (c *Counter) Add(k int) *Counter {
	c.n += k
	return c
}

// Methods calling methods, recursively.
func (c *Counter) CountDown(k int) int {
	if k == 0 {
		return c.n
	}
	c.Inc()
	return c.CountDown(k - 1)
}

type Celsius int

func (c Celsius) Double() Celsius { return c * 2 }

type IntList []int

func (l IntList) Sum() int {
	s := 0
	for _, v := range l {
		s += v
	}
	return s
}

func (l *IntList) Push(v int) { *l = append(*l, v) }

type Named struct {
	Counter
	label string
}

// Meter's methods do not leak their receiver (gc's wrappers for PtrEmbed stay quiet).
type Meter struct{ ticks int }

func (m *Meter) Tick()     { m.ticks++ }
func (m Meter) Ticks() int { return m.ticks }

type PtrEmbed struct {
	*Meter
}

type Tree struct {
	left, right *Tree
	val         int
}

func (t *Tree) Sum() int {
	if t == nil {
		return 0
	}
	return t.val + t.left.Sum() + t.right.Sum()
}

type Op func(int) int

func (o Op) IsNil() bool { return o == nil }

type Str string

func (s Str) Len() int { return len(s) }

type Arr [3]int

func (a Arr) First() int { return a[0] }
func (a *Arr) Set(i, v int) { a[i] = v }

func main() {
	var c Counter
	c.Inc()
	c.Inc()
	fmt.Println(c.Get())
	p := &c
	p.Inc()
	fmt.Println(p.Get(), c.n)
	c.Add(5).Add(2).Inc()
	fmt.Println(c.Get())
	var t Celsius = 21
	fmt.Println(t.Double(), Celsius(4).Double())
	l := IntList{1, 2, 3}
	l.Push(4)
	fmt.Println(l.Sum(), len(l))
	n := Named{label: "x"}
	n.Inc()
	n.Counter.Inc()
	fmt.Println(n.Get(), n.n)
	var m Meter
	pe := PtrEmbed{&m}
	pe.Tick()
	pe.Tick()
	fmt.Println(pe.Ticks(), m.Ticks(), pe.Meter.ticks)
	tr := &Tree{val: 1, left: &Tree{val: 2}, right: &Tree{val: 3, left: &Tree{val: 4}}}
	fmt.Println(tr.Sum())
	fmt.Println(Counter.Get(c), (*Counter).Get(&c))
	(*Counter).Inc(&c)
	fmt.Println(c.n)
	var s Str = "hello"
	fmt.Println(s.Len(), Str.Len("abc"))
	var a Arr
	a.Set(1, 7)
	a.Set(0, 3)
	fmt.Println(a.First(), a[1])
	fmt.Println(IntList.Sum(l))
	(&n).Inc()
	fmt.Println(n.Counter.n)
	var op Op
	fmt.Println(op.IsNil())
	fmt.Println(c.CountDown(4), n.CountDown(2))
}
