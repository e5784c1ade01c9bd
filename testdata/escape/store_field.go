// errorcheck -0 -m -l

package main

type Box struct {
	P    *int
	Next *Box
	N    int
}

var gbox Box

func storeLocalField() int {
	var b Box
	x := 1
	b.P = &x
	return *b.P
}

func storeGlobalField() {
	y := 2 // ERROR "moved to heap: y$"
	gbox.P = &y
}

func storeParamField(b *Box) { // ERROR "b does not escape$"
	z := 3 // ERROR "moved to heap: z$"
	b.P = &z
}

func storeParamFieldParam(b *Box, p *int) { // ERROR "b does not escape$" "leaking param: p$"
	b.P = p
}

func linkBoxes() *Box {
	first := &Box{N: 1} // ERROR "&Box\{\.\.\.\} escapes to heap$"
	second := &Box{N: 2} // ERROR "&Box\{\.\.\.\} escapes to heap$"
	first.Next = second
	return first
}

func localChain() int {
	a := Box{N: 1}
	b := Box{N: 2, Next: &a}
	return b.Next.N
}

func main() {
	storeGlobalField()
	var b Box
	storeParamField(&b)
	v := 4 // ERROR "moved to heap: v$"
	storeParamFieldParam(&b, &v)
	println(storeLocalField(), linkBoxes().Next.N, localChain(), *b.P)
}
