package main

import "fmt"

func main() {
	var a8, b8 int8 = 100, 100
	var a16, b16 int16 = 30000, 30000
	var a32, b32 int32 = 2000000000, 2000000000
	var a64, b64 int64 = 9000000000000000000, 9000000000000000000
	fmt.Println(a8+b8, a8*b8, -a8-b8-b8, a8*3/2)
	fmt.Println(a16+b16, a16*b16, a16*4/4)
	fmt.Println(a32+b32, a32*b32, a32*2/2)
	fmt.Println(a64+b64, a64*b64, a64*2/2)
	var u8 uint8 = 200
	var u16 uint16 = 60000
	var u32 uint32 = 4000000000
	var u64 uint64 = 18000000000000000000
	fmt.Println(u8+u8, u8*u8, u8-201, u8*2/2)
	fmt.Println(u16+u16, u16*u16, u16-60001)
	fmt.Println(u32+u32, u32*u32, u32-4000000001)
	fmt.Println(u64+u64, u64*u64, u64-18000000000000000001)
	x := 0xFF
	fmt.Println(x&0x0F, x|0x100, x^0xAA, x&^0x0F, ^x, -x)
	var ux uint32 = 0xF0F0F0F0
	fmt.Println(ux&0xFF, ux|1, ux^0xFFFFFFFF, ux&^0xF0000000, ^ux)
	var sx int16 = -0x7000
	fmt.Println(sx&0x0F0F, sx|0x0F, sx^-1, sx&^0x1000, ^sx)
	i := 7
	i += 3
	i -= 1
	i *= 4
	i /= 3
	i %= 7
	i <<= 5
	i >>= 2
	i &= 0xFF
	i |= 0x100
	i ^= 0x11
	i &^= 0x1
	fmt.Println(i)
	var w uint8 = 250
	for k := 0; k < 10; k++ {
		w++
	}
	fmt.Println(w)
	var d int8 = -125
	for k := 0; k < 5; k++ {
		d--
	}
	fmt.Println(d)
	fmt.Println(uint8(a8)*3, int8(u8), int16(u16), int32(u32), int64(u64))
	fmt.Println(-(-128), int8(-128)/int8(d), uint(1)<<63>>62)
}
