package main

import "unsafe"

type Bool bool
type I8 int8
type I16 int16
type I32 int32
type I64 int64
type Int int
type U8 uint8
type Uptr uintptr
type F32 float32
type F64 float64
type C64 complex64
type C128 complex128
type Str string
type UPtr unsafe.Pointer
type Ptr *int
type Slice []int
type Map map[int]int
type Chan chan int
type Func func()
type Eface interface{}
type Iface interface{ M() }
type Arr0 [0]int
type Arr3I16 [3]int16
type Arr2Str [2]string
type Arr1Ptr [1]*int
type Arr0Ptr [0]*int
type Arr1F64 [1]float64
type Arr2F32 [2]float32
type Arr4S [4]struct {
	a int32
	b *int
}
type Empty struct{}
type TrailZero struct {
	a int64
	b struct{}
}
type TrailZeroByte struct {
	a byte
	b struct{}
}
type LeadZero struct {
	b struct{}
	a int64
}
type TrailZeroArr struct {
	a int32
	b [0]int64
}
type Padded struct {
	a int8
	b int64
	c int8
}
type Mixed struct {
	a *int
	b int
	c string
	d int
	e []int
}
type Blank struct {
	a int
	_ int
}
type OneF64 struct{ f float64 }
type Pad16 struct {
	a int8
	b int16
}
type Two32 struct {
	a int32
	b int32
}
type Ifaces struct {
	i interface{}
	e error
}
type OnePtr struct{ p *int }
type ArrOnePtr [1]struct{ p *int }
type BytesPtr struct {
	a [3]byte
	p *int
}
type BigPtrArr [20000]*int
type MidPtrs struct {
	a int
	p [10]*int
	b int
}
type WithSlice struct {
	n int
	s []byte
}
type Nested struct {
	x  TrailZero
	ok bool
}
type ZeroArrPtr struct {
	a int
	b [0]*int
}
