package main

import "fmt"

// Float to integer conversions, including values out of the integer's range and NaN:
// gc's results differ between amd64 and arm64 (float_convert.arm64.out).

//go:noinline
func id(f float64) float64 { return f }

func main() {
	vals := []float64{0, 1.9, -1.9, 127.5, 128, 255.9, 256, -129, 32768, 65536,
		2147483647.5, 2147483648, -2147483649, 4294967296, 9.3e18, 1.8e19, 2e19, -9.3e18,
		1e300, -1e300, 0.99999, -0.5}
	for _, v := range vals {
		f := id(v)
		fmt.Println(v, int8(f), int16(f), int32(f), int64(f), int(f), uint8(f), uint16(f), uint32(f), uint64(f), uint(f), uintptr(f))
		g := float32(f)
		fmt.Println(g, int8(g), int16(g), int32(g), int64(g), uint8(g), uint16(g), uint32(g), uint64(g))
	}
	nan := id(0) / id(0)
	inf := 1 / id(0)
	fmt.Println(int64(nan), uint64(nan), int32(nan), uint32(nan), int8(nan), uint8(nan))
	fmt.Println(int32(inf), uint32(-inf), int64(inf), uint64(inf), int64(-inf), uint8(inf))
	var u uint64 = 1<<64 - 1
	var u2 uint64 = 1<<63 + 1025
	var u3 uint64 = 1<<53 + 1
	var i64 int64 = -1 << 63
	var i64b int64 = 1<<53 + 1
	var u32 uint32 = 1<<32 - 1
	var i8 int8 = -128
	var u8 uint8 = 200
	fmt.Println(float64(u), float32(u), float64(u2), float32(u2), float64(u3), float32(u3))
	fmt.Println(float64(i64), float32(i64), float64(i64b), float32(i64b), float64(u32), float32(u32))
	fmt.Println(float64(i8), float32(i8), float64(u8), float32(u8))
	var a, b float32 = 16777216, 1
	fmt.Println(a+b, float64(a)+float64(b), a*a, a/3, float64(a/3))
	var d float64 = 1e300
	fmt.Println(float32(d), float32(-d), float32(id(1e-50)), float32(id(0.1)))
}
