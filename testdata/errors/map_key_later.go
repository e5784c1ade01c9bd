package main

type I interface {
	m(map[I]bool)
}

type S struct {
	m map[S]bool
}

type M map[K]int
type K [1]M

type ok map[okKey]int
type okKey struct{ a [2]string }

func main() {
	type T4 struct{ m map[T4]int }
	type _ map[T4]int
	var x map[[]byte]int
	_ = x
}
