package main

import "fmt"

func main() {
	x := 1
	for i := uint(0); i < 70; i += 7 {
		fmt.Println(i, x<<i, -x<<i)
	}
	y := -1024
	fmt.Println(y>>1, y>>5, y>>63, y>>64, y>>100)
	var u uint = 1 << 63
	fmt.Println(u, u>>63, u>>64, u<<1)
	var b uint8 = 0x81
	fmt.Println(b<<1, b>>1, b<<7, b<<8)
	var c int32 = -5
	fmt.Println(c<<2, c>>1, c>>31, c>>40)
	var s int = 3
	fmt.Println(1<<s, 0xff>>s, 7&3, 7|8, 7^2, 6&^3)
	var i8 int64 = -9
	fmt.Println(i8 >> 1, ^i8, ^b)
}
