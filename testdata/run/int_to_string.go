package main

import "fmt"

func main() {
	vals := []int64{0, 65, 127, 128, 255, 0x7FF, 0x800, 0xD7FF, 0xD800, 0xDFFF, 0xE000, 0xFFFD, 0xFFFF, 0x10000, 0x10FFFF, 0x110000, -1, 1 << 32, 1<<32 + 65, -1 << 63}
	for _, v := range vals {
		s := string(rune(v))
		s2 := string(rune(int32(v)))
		fmt.Println(v, len(s), []byte(s), s == s2)
	}
	var b byte = 200
	var u16 uint16 = 0x4e16
	var u64 uint64 = 1<<63 + 65
	var i8 int8 = -1
	fmt.Println(string(rune(b)), string(rune(u16)), len(string(rune(u64))), []byte(string(rune(i8))))
	var u32 uint32 = 0x1F600
	fmt.Println(string(rune(u32)))
}
