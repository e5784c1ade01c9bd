package main

// Selections through embedded fields: gc makes every implicit field explicit, derefs
// an embedded pointer on the way (so &Inner{...} below does not escape: only x's
// address, read through it, reaches the heap), and prints the whole path.

type Inner struct{ p *int }
type Outer struct{ *Inner }

type Leaf struct{ X int }
type Mid struct{ Leaf }
type Other struct{ X *int }
type Wide struct {
	Mid
	Other
}

var sink *int
var isink interface{}

func viaEmbeddedPointer() {
	x := 7             // ERROR "moved to heap: x"
	in := &Inner{p: &x} // ERROR "&Inner{...} does not escape"
	o := Outer{in}
	sink = o.p
}

func shallowest(w Wide) { // ERROR "leaking param: w"
	sink = w.X
}

func promotedValue(m Mid) {
	isink = m.X // ERROR "m.Leaf.X escapes to heap"
}

func main() {
	viaEmbeddedPointer()
	shallowest(Wide{})
	promotedValue(Mid{})
}
