package main

import "unsafe"

func main() {
	var p *int
	n := 3
	_ = unsafe.Slice(p, n)
}
