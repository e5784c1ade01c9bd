package main

import "fmt"

type I interface{ M() int }

type J interface {
	M() int
	N() string
}

type Pair struct{ a, b int }

// K's method returns a struct (in memory).
type K interface {
	Twice() Pair
}

type T struct{ v int }

func (t T) M() int      { return t.v }
func (t *T) N() string  { return fmt.Sprint("N", t.v) }
func (t T) Twice() Pair { return Pair{t.v, 2 * t.v} }
func (t T) Pair(n int, rest ...int) Pair {
	return Pair{t.v + n, len(rest)}
}

// S gets M from an embedded interface.
type S struct {
	I
	tag string
}

// E gets M, Pair, Twice (and, for *E, N) from an embedded struct.
type E struct {
	x int
	T
}

// P gets all of *T's methods through an embedded pointer; P is pointer-shaped.
type P struct {
	*T
}

// Big holds an interface after other fields.
type Big struct {
	a, b int
	I
}

// Deep promotes through two levels.
type Deep struct {
	name string
	E
}

// Shadow declares its own M, hiding the embedded one.
type Shadow struct {
	T
}

func (Shadow) M() int { return -1 }

func useI(i I) int    { return i.M() }
func useJ(j J) string { return fmt.Sprint(j.M(), " ", j.N()) }
func useK(k K) Pair   { return k.Twice() }
func asI(x interface{}) (I, bool) {
	i, ok := x.(I)
	return i, ok
}
func asJ(x interface{}) bool {
	_, ok := x.(J)
	return ok
}

func main() {
	s := S{T{1}, "s"}
	fmt.Println(s.M(), useI(s), useI(&s))
	e := E{5, T{6}}
	fmt.Println(e.M(), useI(e), useJ(&e), useK(e), useK(&e))
	p := P{&T{8}}
	fmt.Println(useI(p), useJ(p), useK(p))
	b := Big{1, 2, T{9}}
	fmt.Println(useI(b), b.M(), useI(&b))
	d := Deep{"d", E{1, T{2}}}
	fmt.Println(useI(d), useJ(&d), d.Pair(1))
	fmt.Println(useI(Shadow{T{4}}))
	if i, ok := asI(b); ok {
		fmt.Println("Big is I", useI(i))
	}
	fmt.Println("E is J", asJ(e), "*E is J", asJ(&e), "P is J", asJ(p))
	fmt.Println("S is J", asJ(s), "Deep is J", asJ(d), "*Deep is J", asJ(&d))
	ss := []I{s, e, p, b, d}
	total := 0
	for _, i := range ss {
		total += useI(i)
	}
	fmt.Println(total)
}
