package main

import "fmt"

// gc fuses a product into an adjacent addition or subtraction on arm64 (one rounding),
// never on amd64; an explicit conversion of the product prevents it. Outputs differ
// between the two (float_fma.arm64.out).

//go:noinline
func id(f float64) float64 { return f }

//go:noinline
func id32(f float32) float32 { return f }

//go:noinline
func cdiv(a, b complex128) complex128 { return a / b }

func main() {
	x, y, z := id(0.1), id(10), id(-1)
	fmt.Println(x*y+z, z+x*y, x*y-1, 1-x*y, x*x-0.01, float64(x*y)+z, -(x*y)+1, (-x)*y+1)
	t := x * y
	u := t + z
	t2 := float64(t)
	fmt.Println(u, t2+z, t-1, x*y+x*y)
	a, b := id(1.0000001), id(0.9999999)
	fmt.Println(a*b-1, 1-a*b, a*a+b*b, a*a-b*b)
	var f, g float32 = id32(0.1), id32(10)
	fmt.Println(f*g-1, f*f+0.5, float32(f*g)-1)
	acc := id(0)
	for i := 1; i <= 10; i++ {
		acc += id(0.1) * float64(i)
	}
	fmt.Println(acc)
	c := complex(id(0.1), id(0.7))
	d := complex(id(1.1), id(-0.3))
	var c64 complex64 = complex(float32(id(0.1)), float32(id(0.7)))
	fmt.Println(c*d, c*c, c64*c64, cdiv(c, d), cdiv(d, c), c/complex(id(3), id(7)))
}
