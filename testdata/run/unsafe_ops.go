package main

import (
	"fmt"
	"unsafe"
)

type S struct {
	a int8
	b int64
	T
	c bool
}

type T struct{ c, d int32 }

func main() {
	var s S
	fmt.Println(unsafe.Sizeof(s), unsafe.Alignof(s.a), unsafe.Offsetof(s.b), unsafe.Offsetof(s.d), unsafe.Offsetof(s.T))
	fmt.Println(unsafe.Sizeof(int32(0)), unsafe.Sizeof("s"), unsafe.Sizeof([]int{}), unsafe.Sizeof(true))
	x := 42
	p := unsafe.Pointer(&x)
	q := (*int)(p)
	*q = 43
	u := uintptr(p)
	fmt.Println(x, u != 0, *(*int)(unsafe.Pointer(u)))
	arr := [4]int32{1, 2, 3, 4}
	p2 := unsafe.Add(unsafe.Pointer(&arr[0]), 8)
	fmt.Println(*(*int32)(p2))
	sl := unsafe.Slice(&arr[1], 3)
	fmt.Println(sl, len(sl), cap(sl))
	f := 1.5
	bits := *(*uint64)(unsafe.Pointer(&f))
	fmt.Println(bits)
	const k = unsafe.Sizeof(s) * 2
	fmt.Println(k)
}
