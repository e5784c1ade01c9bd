package main

import "fmt"

func popcount(x uint64) int {
	n := 0
	for x != 0 {
		x &= x - 1
		n++
	}
	return n
}

func reverseBits(x uint32) uint32 {
	var r uint32
	for i := 0; i < 32; i++ {
		r = r<<1 | x&1
		x >>= 1
	}
	return r
}

func rotl(x uint16, k uint) uint16 { return x<<k | x>>(16-k) }

func clz(x uint8) int {
	n := 0
	for i := 7; i >= 0; i-- {
		if x&(1<<uint(i)) != 0 {
			break
		}
		n++
	}
	return n
}

func main() {
	for _, v := range []uint64{0, 1, 0xFF, 0xFFFFFFFFFFFFFFFF, 0x8000000000000001, 12345678901234} {
		fmt.Println(v, popcount(v))
	}
	fmt.Println(reverseBits(1), reverseBits(0xF0000000), reverseBits(0x12345678))
	for k := uint(0); k <= 16; k += 4 {
		fmt.Println(k, rotl(0xABCD, k))
	}
	for _, b := range []uint8{0, 1, 0x10, 0x80, 0xFF} {
		fmt.Println(b, clz(b))
	}
	var x int32 = -1
	var y uint32 = uint32(x)
	fmt.Println(x>>31, y>>31, x>>uint8(200), y<<uint16(31))
	var s int16 = -32768
	fmt.Println(s>>15, uint16(s)>>15, s<<1, s>>1)
}
