package main

import "unsafe"

type node struct {
	next unsafe.Pointer
	v    int32
}

const nodeSize = unsafe.Sizeof(node{})

var offsetV = unsafe.Offsetof(node{}.v)

func main() {
	println(nodeSize, offsetV)
}
