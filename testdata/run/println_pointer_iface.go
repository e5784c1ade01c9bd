package main

import "unsafe"

type I interface{ M() }

func main() {
	var p unsafe.Pointer
	println(p)
	var e interface{}
	var i I
	println(e, i)
	x := 1
	println(unsafe.Pointer(&x) != nil)
}
