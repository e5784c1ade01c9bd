package main

// gc's I.M wrappers of interface methods: -m=2 explains how each parameter that
// holds pointers leaks (named, unnamed, blank, variadic, from an embedded interface).

type Reader interface {
	Read(*int, string) (*int, error)
}

type Store interface {
	Reader
	Put(key string, vals ...*int) []*int
	drop(x, _ *int, n int)
	Len() int
}

type mem struct{ last *int }

func (m *mem) Read(p *int, s string) (*int, error) { return m.last, nil } // ERROR "leaking param: m to result ~r0 level=1$" "p does not escape$" "s does not escape$"
func (m *mem) Put(key string, vals ...*int) []*int { return vals } // ERROR "m does not escape$" "key does not escape$" "leaking param: vals to result ~r0 level=0$"
func (m *mem) drop(x, _ *int, n int)              {} // ERROR "m does not escape$" "x does not escape$"
func (m *mem) Len() int                           { return 0 } // ERROR "m does not escape$"

type pair struct{ a, b int }

func (p pair) Sum(_ *int, q *int) *int { return q } // ERROR "leaking param: q to result ~r0 level=0$"

func fill(s Store, r Reader) int { // ERROR "leaking param: s$" "leaking param: r$"
	v := 1 // ERROR "moved to heap: v$"
	s.Put("k", &v) // ERROR "\.\.\. argument escapes to heap$"
	r.Read(nil, "x")
	return s.Len()
}

func main() {
	m := &mem{} // ERROR "&mem\{\} escapes to heap$"
	println(fill(m, m))
	var p pair
	println(p.Sum(nil, nil) == nil)
}
