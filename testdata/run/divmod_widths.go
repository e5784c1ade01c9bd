package main

import "fmt"

func d8(a, b int8) (int8, int8)       { return a / b, a % b }
func du8(a, b uint8) (uint8, uint8)   { return a / b, a % b }
func d16(a, b int16) (int16, int16)   { return a / b, a % b }
func du16(a, b uint16) (uint16, uint16) { return a / b, a % b }
func d32(a, b int32) (int32, int32)   { return a / b, a % b }
func du32(a, b uint32) (uint32, uint32) { return a / b, a % b }
func d64(a, b int64) (int64, int64)   { return a / b, a % b }
func du64(a, b uint64) (uint64, uint64) { return a / b, a % b }

func main() {
	vals := []int{-128, -127, -100, -7, -1, 1, 2, 3, 7, 100, 127}
	for _, a := range vals {
		for _, b := range vals {
			q8, r8 := d8(int8(a), int8(b))
			qu8, ru8 := du8(uint8(a), uint8(b))
			q16, r16 := d16(int16(a*250), int16(b))
			qu16, ru16 := du16(uint16(a*250), uint16(b))
			fmt.Println(a, b, q8, r8, qu8, ru8, q16, r16, qu16, ru16)
		}
	}
	fmt.Println(d32(-2147483648, -1))
	fmt.Println(d64(-9223372036854775808, -1))
	fmt.Println(du32(4294967295, 7))
	fmt.Println(du64(18446744073709551615, 10))
	fmt.Println(d16(-32768, -1))
	fmt.Println(d8(-128, -1))
	x := -17
	x /= 4
	y := -17
	y %= 4
	fmt.Println(x, y, -17/4, -17%4, 17/-4, 17%-4)
	var u uint = 17
	u /= 4
	fmt.Println(u)
	fmt.Println(-9223372036854775808 / 3, 9223372036854775807 % 1000)
}
