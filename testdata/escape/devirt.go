// gc's devirtualization before escape analysis: a call through an interface whose
// receiver's static value is a conversion of a concrete value calls the method on
// x.(T) directly, so the receiver flows by the method's tags, not to the heap.
package main

var sink interface{}

type M interface{ M() *int }

type Word struct{ p *int }

func (w Word) M() *int { return w.p } // ERROR "leaking param: w to result ~r0 level=0$"

type Big struct {
	p *int
	n int
}

func (b Big) M() *int { return nil } // ERROR "b does not escape$"

type Leaky struct {
	p *int
	n int
}

func (l Leaky) M() *int { sink = l.p; return nil } // ERROR "leaking param: l$"

type Ptr struct{ p *int }

func (q *Ptr) M() *int { return q.p } // ERROR "leaking param: q to result ~r0 level=1$"

// The package initialiser's calls too (reported after every function's).
var fromInit = M(Word{}).M() // ERROR "devirtualizing M\(Word\{\}\)\.M to Word$"

func defined() {
	i := 0
	var x M = Big{&i, 1} // ERROR "Big\{\.\.\.\} does not escape$"
	x.M() // ERROR "devirtualizing x\.M to Big$"
	j := 0 // ERROR "moved to heap: j$"
	y := M(Leaky{&j, 2}) // ERROR "M\(Leaky\{\.\.\.\}\) does not escape$"
	y.M() // ERROR "devirtualizing y\.M to Leaky$"
	k := 0
	z := M(&Ptr{&k}) // ERROR "&Ptr\{\.\.\.\} does not escape$"
	_ = z.M() // ERROR "devirtualizing z\.M to \*Ptr$"
}

func chains(v Big) { // ERROR "v does not escape$"
	x := M(v) // ERROR "M\(v\) does not escape$"
	y := x
	var z = y
	z.M() // ERROR "devirtualizing z\.M to Big$"
	a, b := M(v), M(&v) // ERROR "M\(v\) does not escape$"
	a.M() // ERROR "devirtualizing a\.M to Big$"
	b.M() // ERROR "devirtualizing b\.M to \*Big$"
	var c, d M = &Ptr{}, &Ptr{} // ERROR "&Ptr\{\} does not escape$"
	c.M() // ERROR "devirtualizing c\.M to \*Ptr$"
	d.M() // ERROR "devirtualizing d\.M to \*Ptr$"
	if e := M(v); e != nil { // ERROR "M\(v\) does not escape$"
		e.M() // ERROR "devirtualizing e\.M to Big$"
	}
	M(Word{}).M() // ERROR "devirtualizing M\(Word\{\}\)\.M to Word$"
	(x).M() // ERROR "devirtualizing x\.M to Big$"
}

func notStatic(v Big, w Word, ms []M) { // ERROR "leaking param: v$" "leaking param: w$" "ms does not escape$"
	var x M
	x = v // ERROR "v escapes to heap$"
	x.M()
	y := M(v) // ERROR "M\(v\) escapes to heap$"
	y = w
	y.M()
	z := M(v) // ERROR "M\(v\) escapes to heap$"
	p := &z
	z.M()
	_ = p
	f := M(v) // ERROR "M\(v\) escapes to heap$"
	f, _ = M(w), 1
	f.M()
}

// gc's reassigned does not look at range clauses.
func ranged(v Big, ms []M) { // ERROR "v does not escape$" "ms does not escape$"
	x := M(v) // ERROR "M\(v\) does not escape$"
	for _, x = range ms {
	}
	x.M() // ERROR "devirtualizing x\.M to Big$"
}

func results(v Word) *int { // ERROR "leaking param: v to result ~r0 level=0$"
	x := M(v)
	return x.M() // ERROR "devirtualizing x\.M to Word$"
}

func main() {
	defined()
	chains(Big{})
	notStatic(Big{}, Word{}, nil)
	ranged(Big{}, []M{Big{}}) // ERROR "\[\]M\{\.\.\.\} does not escape$" "Big\{\} does not escape$"
	println(*results(Word{new(int)}), fromInit == nil) // ERROR "new\(int\) does not escape$"
}
