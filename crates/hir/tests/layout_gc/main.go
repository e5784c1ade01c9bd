// Prints the layout facts crates/hir/tests/layout.rs expects, as gc lays out the types
// of types.go: `go run .` in this directory (gc 1.19.8, amd64; the runtime type
// descriptor offsets below are those of Go 1.19).

package main

import (
	"fmt"
	"reflect"
	"runtime"
	"unsafe"
)

func show(name string, v interface{}, size, align uintptr) {
	t := reflect.TypeOf(v).Elem()
	rt := (*[2]unsafe.Pointer)(unsafe.Pointer(&v))[0]
	base := *(*uintptr)(unsafe.Pointer(uintptr(rt) + 48))
	ptrdata := *(*uintptr)(unsafe.Pointer(base + 8))
	kind := *(*uint8)(unsafe.Pointer(base + 23))
	eq := *(*unsafe.Pointer)(unsafe.Pointer(base + 24))
	gcdata := *(**byte)(unsafe.Pointer(base + 32))
	alg := "noeq"
	if eq != nil {
		alg = runtime.FuncForPC(*(*uintptr)(eq)).Name()
	}
	mask := ""
	if kind&(1<<6) != 0 {
		mask = "gcprog"
	} else {
		for i := uintptr(0); i < ptrdata/8; i++ {
			b := *(*byte)(unsafe.Pointer(uintptr(unsafe.Pointer(gcdata)) + i/8))
			if b>>(i%8)&1 != 0 {
				mask += "1"
			} else {
				mask += "0"
			}
		}
	}
	fmt.Printf("%s size=%d align=%d ptrdata=%d direct=%v comparable=%v mask=%q alg=%s\n", name, size, align, ptrdata, kind&(1<<5) != 0, t.Comparable(), mask, alg)
}

func main() {
	{
		var x Bool
		show("Bool", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x I8
		show("I8", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x I16
		show("I16", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x I32
		show("I32", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x I64
		show("I64", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x Int
		show("Int", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x U8
		show("U8", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x Uptr
		show("Uptr", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x F32
		show("F32", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x F64
		show("F64", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x C64
		show("C64", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x C128
		show("C128", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x Str
		show("Str", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x UPtr
		show("UPtr", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x Ptr
		show("Ptr", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x Slice
		show("Slice", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x Map
		show("Map", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x Chan
		show("Chan", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x Func
		show("Func", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x Eface
		show("Eface", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x Iface
		show("Iface", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x Arr0
		show("Arr0", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x Arr3I16
		show("Arr3I16", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x Arr2Str
		show("Arr2Str", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x Arr1Ptr
		show("Arr1Ptr", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x Arr0Ptr
		show("Arr0Ptr", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x Arr1F64
		show("Arr1F64", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x Arr2F32
		show("Arr2F32", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x Arr4S
		show("Arr4S", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x Empty
		show("Empty", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x TrailZero
		show("TrailZero", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x TrailZeroByte
		show("TrailZeroByte", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x LeadZero
		show("LeadZero", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x TrailZeroArr
		show("TrailZeroArr", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x Padded
		show("Padded", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x Mixed
		show("Mixed", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x Blank
		show("Blank", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x OneF64
		show("OneF64", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x Pad16
		show("Pad16", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x Two32
		show("Two32", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x Ifaces
		show("Ifaces", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x OnePtr
		show("OnePtr", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x ArrOnePtr
		show("ArrOnePtr", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x BytesPtr
		show("BytesPtr", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x BigPtrArr
		show("BigPtrArr", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x MidPtrs
		show("MidPtrs", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x WithSlice
		show("WithSlice", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x Nested
		show("Nested", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x ZeroArrPtr
		show("ZeroArrPtr", &x, unsafe.Sizeof(x), unsafe.Alignof(x))
	}
	{
		var x TrailZero
		fmt.Println("TrailZero offsets", unsafe.Offsetof(x.a), unsafe.Offsetof(x.b))
	}
	{
		var x TrailZeroByte
		fmt.Println("TrailZeroByte offsets", unsafe.Offsetof(x.a), unsafe.Offsetof(x.b))
	}
	{
		var x LeadZero
		fmt.Println("LeadZero offsets", unsafe.Offsetof(x.b), unsafe.Offsetof(x.a))
	}
	{
		var x TrailZeroArr
		fmt.Println("TrailZeroArr offsets", unsafe.Offsetof(x.a), unsafe.Offsetof(x.b))
	}
	{
		var x Padded
		fmt.Println("Padded offsets", unsafe.Offsetof(x.a), unsafe.Offsetof(x.b), unsafe.Offsetof(x.c))
	}
	{
		var x Mixed
		fmt.Println("Mixed offsets", unsafe.Offsetof(x.a), unsafe.Offsetof(x.b), unsafe.Offsetof(x.c), unsafe.Offsetof(x.d), unsafe.Offsetof(x.e))
	}
	{
		var x Blank
		fmt.Println("Blank offsets", unsafe.Offsetof(x.a))
	}
	{
		var x Pad16
		fmt.Println("Pad16 offsets", unsafe.Offsetof(x.a), unsafe.Offsetof(x.b))
	}
	{
		var x Two32
		fmt.Println("Two32 offsets", unsafe.Offsetof(x.a), unsafe.Offsetof(x.b))
	}
	{
		var x Ifaces
		fmt.Println("Ifaces offsets", unsafe.Offsetof(x.i), unsafe.Offsetof(x.e))
	}
	{
		var x BytesPtr
		fmt.Println("BytesPtr offsets", unsafe.Offsetof(x.a), unsafe.Offsetof(x.p))
	}
	{
		var x MidPtrs
		fmt.Println("MidPtrs offsets", unsafe.Offsetof(x.a), unsafe.Offsetof(x.p), unsafe.Offsetof(x.b))
	}
	{
		var x WithSlice
		fmt.Println("WithSlice offsets", unsafe.Offsetof(x.n), unsafe.Offsetof(x.s))
	}
	{
		var x Nested
		fmt.Println("Nested offsets", unsafe.Offsetof(x.x), unsafe.Offsetof(x.ok))
	}
	{
		var x ZeroArrPtr
		fmt.Println("ZeroArrPtr offsets", unsafe.Offsetof(x.a), unsafe.Offsetof(x.b))
	}
}
