package main

import "fmt"

func main() {
	var a int32 = 2147483647
	a++
	fmt.Println(a)
	a--
	fmt.Println(a)
	var b int32 = -2147483648
	b = b * -1
	fmt.Println(b)
	var c uint8 = 250
	for i := 0; i < 10; i++ {
		c++
	}
	fmt.Println(c)
	var d uint8 = 3
	d -= 5
	fmt.Println(d)
	var e byte = 16
	e *= 17
	fmt.Println(e)
	var f int64 = 9223372036854775807
	f += 1
	fmt.Println(f)
	var g uint = 0
	g--
	fmt.Println(g)
	var h int32 = 100000
	h *= 100000
	fmt.Println(h)
	x := 300
	fmt.Println(uint8(x), int32(x), byte(x-45))
	y := int64(-1)
	fmt.Println(uint8(y), uint(y), int32(y))
	z := int64(4294967296 + 5)
	fmt.Println(int32(z), uint8(z))
}
