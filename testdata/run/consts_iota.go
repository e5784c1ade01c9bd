package main

import "fmt"

const (
	A = iota
	B
	C
	_
	E
)

const (
	K0 = 1 << iota
	K1
	K2
	K10 = 1 << (iota * 10)
	K20
)

const (
	X, Y = iota * 2, iota*3 + 1
	Z, W
)

const Big = 1 << 62
const Huge = Big * 4 / 8
const Neg = -Huge - 1
const MaxU64 = 1<<64 - 1

type Color int

const (
	Red Color = iota + 1
	Green
	Blue
)

const mask uint8 = 0xF0
const str = "const" + "ant"
const ch = 'a' + 1
const tf = 3 > 2 && str == "constant"

func main() {
	fmt.Println(A, B, C, E)
	fmt.Println(K0, K1, K2, K10, K20)
	fmt.Println(X, Y, Z, W)
	fmt.Println(Big, Huge, Neg, uint64(MaxU64))
	fmt.Println(Red, Green, Blue, Blue-Red)
	var c Color = Green
	c++
	fmt.Println(c == Blue, c)
	fmt.Println(mask, ^mask, mask>>4, str, len(str), ch, tf)
	const local = 10
	var arr [local * 2]byte
	fmt.Println(len(arr), local/3, local%3, -local/3, local<<2, local>>1)
	fmt.Println(MaxU64 >> 60, MaxU64 % 1000, 'x' - 'a', "abc"[1])
	var i8 int8 = 127 - 255 + 128
	var u32 uint32 = 1<<32 - 1
	fmt.Println(i8, u32, 07, 0x1F, 0b101, 0o17, 1_000_000)
}
