package main

// A method reached through wrappers (a boxed value's (*T).M, a promoted method's
// S.Get) panics: the wrapper frames are not shown, as gc elides them.

type I interface{ Get(i int) int }

type T struct{ xs [3]int }

//go:noinline
func (t T) Get(i int) int { return t.xs[i] }

type S struct {
	name string
	T
}

type P struct{ p *T }

//go:noinline
func get(g I, i int) int { return g.Get(i) }

func main() {
	println(get(T{[3]int{1, 2, 3}}, 1))
	println(get(S{"s", T{[3]int{4, 5, 6}}}, 2))
	println(get(S{"s", T{}}, 5))
}
