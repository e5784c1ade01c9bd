package main

import "fmt"

const (
	A = 7
	B = A * 3
	C = B - 100
	D = 1 << 62
	E = D / 1024
)

func main() {
	fmt.Println(A, B, C, E)
	x := A
	x += 5
	x -= 2
	x *= 3
	x /= 4
	x %= 5
	fmt.Println(x)
	y := 0xF0
	y |= 0x0F
	y &= 0x3C
	y ^= 0xFF
	y <<= 2
	y >>= 1
	y &^= 0x10
	fmt.Println(y)
	var ok bool = A > 5 && B < 10 || !(C < 0)
	fmt.Println(ok, A > 5 && B > 10, !ok)
	z := -A
	fmt.Println(z, -z, +z, ^z)
	var n int32 = C
	var m uint8 = A
	fmt.Println(n, m)
}
