package main

// Method values (receiver evaluated and copied when the value is made, gc's T.M-fm
// wrappers) and method expressions of the method's own receiver type as values.

import "fmt"

type T struct{ n int }

func (t T) Get() int        { return t.n }
func (t *T) Inc(d int)      { t.n += d }
func (t T) Pair() (int, T)  { return t.n, t }

type B struct {
	a [10]int
	s string
}

func (b B) Sum(k int) int {
	s := k
	for _, v := range b.a {
		s += v
	}
	return s
}

type Inner struct{ v int }

func (i Inner) V() int { return i.v }

type Outer struct {
	Inner
	name string
}

func main() {
	t := T{1}
	get := t.Get
	inc := t.Inc
	t.n = 5
	inc(10)
	fmt.Println(get(), t.n)
	p := &t
	g2 := p.Get
	p.n = 100
	fmt.Println(g2())
	b := B{s: "x"}
	b.a[3] = 7
	sum := b.Sum
	b.a[3] = 0
	fmt.Println(sum(1))
	o := Outer{Inner{42}, "o"}
	v := o.V
	fmt.Println(v())
	pair := t.Pair
	n, tt := pair()
	fmt.Println(n, tt)
	fs := []func() int{t.Get, o.V}
	for _, f := range fs {
		fmt.Println(f())
	}
	getx := T.Get
	incx := (*T).Inc
	incx(&t, 1)
	fmt.Println(getx(t))
	var np *T
	defer1 := func() int { return 0 }
	_ = defer1
	fmt.Println(np == nil)
	bad := np.Get
	fmt.Println(bad())
}
