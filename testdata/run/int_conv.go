package main

import "fmt"

func main() {
	var a int = 300
	var b int64 = -1
	var c uint64 = 18446744073709551615
	fmt.Println(int8(a), uint8(a), int16(a*300), uint16(a*300), int32(a), uint32(b))
	fmt.Println(int8(b), uint8(b), int16(b), uint16(b), int32(b), uint32(b), uint64(b), uint(b))
	fmt.Println(int8(c), uint8(c), int16(c), uint16(c), int32(c), uint32(c), int64(c), int(c))
	var x int32 = -2147483648
	fmt.Println(-x, x-1, x/-1, int64(x)*2, uint32(x))
	var y int8 = -128
	fmt.Println(-y, y-1, y/-1, y%-1, int16(y), uint8(y), uint16(y))
	var z uint8 = 255
	z++
	fmt.Println(z, z-1, ^z, -z)
	var w uint16 = 65535
	w += 2
	fmt.Println(w, ^w, w<<15, w>>1)
	var u uint32 = 1 << 31
	fmt.Println(u, u*2, u<<1, u>>31, ^u)
	var i64 int64 = 9223372036854775807
	fmt.Println(i64+1, i64*2, -i64-1, (-i64-1)/-1, (-i64-1)%-1)
	var r rune = 'é'
	var by byte = 'A'
	fmt.Println(r, by, string(r), string(rune(by)), rune(by)+1)
	var up uintptr = 12345
	fmt.Println(up, up*3, int(up)-20000, uintptr(int(up)-20000))
	for i := -3; i <= 3; i++ {
		fmt.Println(i, int8(i*50), uint8(i*50), int16(i*20000), uint16(i*20000), int32(i*1000000000), uint32(i*1000000000))
	}
	println(int8(a), uint8(a), int64(c), uint32(b))
	print(int8(-5), uint16(7), "\n")
}
