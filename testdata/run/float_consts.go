package main

import "fmt"

// Untyped constants are exact (go/constant): integers of up to 512 bits, floats as
// rationals, or as 512-bit floats when the exponent is huge; they are rounded once,
// when they get a type.

const big = 1 << 500
const huge = 1e646456992 / 1e646456991 // exactly 10 (Go's fixedbugs/issue11326b.go)
const third = 1.0 / 3
const tiny = 5e-324 / 2
const maxU64 = 1<<64 - 1

type Celsius float32

func main() {
	fmt.Println(0.1+0.2 == 0.3, third*3 == 1, huge == 10, huge)
	a, b, c := 0.1, 0.2, 0.3
	fmt.Println(a+b == c, a+b, 0.1+0.2)
	fmt.Println(float64(float32(0.1)), float32(0.1), float64(0.1))
	fmt.Println(tiny, 5e-324, 4.9406564584124654e-324/2, 2.5e-324)
	x := -0.0
	fmt.Println(x, 1/x)
	fmt.Println(big>>490, big/(1<<499), big%1000, -big>>499)
	fmt.Println(uint64(maxU64), maxU64>>1, ^0, ^uint8(1), ^uint16(0))
	fmt.Println(third, float32(third), Celsius(third), Celsius(1)/3)
	fmt.Println(1e21, 1e20, 1e-7, 0x1p-2, 0x1.8p1, 1_000.5, 0.5e-1)
	fmt.Println(1<<62*2-1, 7/2, -7/2, 7%-2, -7%2, 7.0/2, 1/2.0)
	const f32max = 3.40282346638528859811704183484516925440e+38
	fmt.Println(float32(f32max), float64(f32max), float32(1e-45), float32(7e-46))
	fmt.Println(1e308*10/10, 1e-320*1e10, float64(1<<53+1), float32(1<<24+1))
	fmt.Println('a'*2, 'x'-'a', "s"+"t", len("héllo"), 1.5*2 == 3)
	var i8 int8 = 1<<7 - 1
	var u8 uint8 = 255
	var f float64 = 1 << 62
	fmt.Println(i8, u8, f, int64(1e18), uint32(1<<32-1), int32(-1<<31))
	println(0.1+0.2, float32(0.1), third, big>>498)
}
