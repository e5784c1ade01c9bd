package main

import "unsafe"

type S struct {
	a int8
	b int64
	T
}

type T struct{ c, d int32 }

func main() {
	var s S
	var p *S
	_ = unsafe.Sizeof()
	_ = unsafe.Offsetof(s)
	_ = unsafe.Offsetof(p.a)
	_ = unsafe.Add(p, 1)
	_ = unsafe.Slice(s, 1)
	_ = unsafe.Slice(p, "x")
	var f float64 = 1
	_ = unsafe.Pointer(f)
	_ = unsafe.Offsetof(s.d)
	x := unsafe.Sizeof(s)
	x = 3
}
