package main

// A value method called through an interface holding a nil *T: gc's (*T).M wrapper
// panics, and its frame is shown (it called the panic).

type I interface{ M() int }

type T struct{ v int }

func (t T) M() int { return t.v }

//go:noinline
func use(i I) int { return i.M() }

func main() {
	println(use(&T{3}))
	var p *T
	println(use(p))
}
