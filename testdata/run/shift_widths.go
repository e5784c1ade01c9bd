package main

import "fmt"

func sh8(x int8, n uint) (int8, int8) { return x << n, x >> n }
func shu8(x uint8, n uint) (uint8, uint8) { return x << n, x >> n }
func sh16(x int16, n uint) (int16, int16) { return x << n, x >> n }
func shu16(x uint16, n uint) (uint16, uint16) { return x << n, x >> n }
func sh32(x int32, n uint) (int32, int32) { return x << n, x >> n }
func shu32(x uint32, n uint) (uint32, uint32) { return x << n, x >> n }
func sh64(x int64, n uint) (int64, int64) { return x << n, x >> n }
func shu64(x uint64, n uint) (uint64, uint64) { return x << n, x >> n }
func shi(x int, n int) (int, int) { return x << n, x >> n }
func shs8(x int, n int8) (int, int) { return x << n, x >> n }
func shu8c(x int32, n uint8) (int32, int32) { return x << n, x >> n }

func main() {
	counts := []uint{0, 1, 3, 7, 8, 9, 15, 16, 17, 31, 32, 33, 63, 64, 65, 100, 255, 256, 1000}
	for _, n := range counts {
		a, b := sh8(-99, n)
		c, d := shu8(0xb5, n)
		e, f := sh16(-12345, n)
		g, h := shu16(0xbeef, n)
		fmt.Println(n, a, b, c, d, e, f, g, h)
		i, j := sh32(-123456789, n)
		k, l := shu32(0xdeadbeef, n)
		m, o := sh64(-1234567890123, n)
		p, q := shu64(0xfedcba9876543210, n)
		fmt.Println(n, i, j, k, l, m, o, p, q)
		r, s := shi(-7, int(n))
		t, u := shs8(13, int8(n%128))
		v, w := shu8c(-1, uint8(n))
		fmt.Println(n, r, s, t, u, v, w)
	}
	var x uint64 = 1
	x <<= 63
	fmt.Println(x, x>>63, int64(x)>>63)
	y := 1
	y <<= 62
	y >>= 70
	fmt.Println(y)
	const big = 1 << 100
	fmt.Println(big >> 98)
	var n uint = 200
	fmt.Println(1<<(n/10), uint8(1)<<n, int64(-1)>>n)
}
