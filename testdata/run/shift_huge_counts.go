package main

import "fmt"

func main() {
	counts := []uint64{1<<32 + 1, 1<<63 + 2, 1 << 33, 1<<32 - 1, 64, 63}
	for _, n := range counts {
		x := 5
		var u8 uint8 = 0x81
		var i32 int32 = -7
		var u64 uint64 = 0xFFFF
		fmt.Println(n, x<<n, x>>n, u8<<n, u8>>n, i32<<n, i32>>n, u64<<n, u64>>n)
	}
	scounts := []int64{1<<32 + 1, 1<<62 + 3, 1 << 40, 2}
	for _, n := range scounts {
		x := -9
		fmt.Println(n, x<<n, x>>n, uint16(x)<<n, int8(x)>>n)
	}
	var c32 uint32 = 1<<31 + 1
	fmt.Println(1<<c32 == 0, -1>>c32)
	var c16 uint16 = 65535
	var c8 uint8 = 255
	fmt.Println(7<<c16, 7<<c8, -7>>c8)
}
