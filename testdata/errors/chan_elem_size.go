package main

// gc's size check of channel elements: once per variable declaration's type (at its
// first name), at a make or new that is not a variable's value.
type B [1 << 17]byte

var v, w chan B

var big chan [2 << 16]byte

func f() {
	var x chan B
	y := make(chan B)
	var z = make(chan [70000]byte, 1)
	var a, b chan B
	var s []chan B
	u := new(chan B)
	ok := make(chan [65535]byte)
	_, _, _, _, _, _, _, _ = x, y, z, a, b, s, u, ok
}

func main() {}
