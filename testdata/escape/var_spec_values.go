// `var a, b T = x, y` is one assignment per name in gc, at the spec's start, and
// converts every value where the noder stopped after all of them.
package main

type Big struct {
	p *int
	n int
}

var sink interface{}

func f(v Big, n int) { // ERROR "leaking param: v$"
	var a, b interface{} = 1, v // ERROR "1 escapes to heap$" "v escapes to heap$"
	var c, d interface{} = v, 1 // ERROR "v escapes to heap$" "1 escapes to heap$"
	var e, g interface{} = Big{}, n // ERROR "Big\{\} escapes to heap$" "n escapes to heap$"
	var h, k interface{} = n+1, &Big{} // ERROR "n \+ 1 escapes to heap$" "&Big\{\} escapes to heap$"
	sink, sink, sink, sink, sink, sink, sink, sink = a, b, c, d, e, g, h, k
	var l interface{} = v // ERROR "v escapes to heap$"
	var m, o int = 1, 2
	sink = l
	_, _ = m, o
}

func main() {}
