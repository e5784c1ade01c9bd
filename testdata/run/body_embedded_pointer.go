package main

import "fmt"

// o.p reads through the embedded *Inner: the Inner value itself does not escape, only
// x (whose address is stored in it) does.

type Inner struct{ p *int }
type Outer struct{ *Inner }

var sink *int

func f() {
	x := 7
	in := &Inner{p: &x}
	o := Outer{in}
	sink = o.p
}

func main() {
	f()
	fmt.Println(*sink)
	*sink = 8
	fmt.Println(*sink)
}
