package main

import "fmt"

func main() {
	var i8 int8
	n := 0
	for i8 = 100; i8 > 0; i8 += 10 {
		n++
	}
	fmt.Println(n, i8)
	var u8 uint8
	n = 0
	for u8 = 250; u8 >= 250; u8++ {
		n++
	}
	fmt.Println(n, u8)
	var u16 uint16 = 3
	for k := 0; k < 20; k++ {
		u16 *= 7
	}
	fmt.Println(u16)
	var i32 int32 = 1
	for k := 0; k < 40; k++ {
		i32 = i32*3 + 1
	}
	fmt.Println(i32)
	var u uint = 0
	u--
	fmt.Println(u, u/3, u%1000)
	var f int64 = 1
	for k := int64(1); k <= 25; k++ {
		f *= k
	}
	fmt.Println(f)
	x := int16(-32768)
	x--
	y := int16(32767)
	y++
	fmt.Println(x, y, -x, x*-1)
}
