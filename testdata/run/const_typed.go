package main

// Typed constants are exact, then rounded to their type after each operation; constant
// shift counts of untyped float type.

import "fmt"

const f float32 = 0.1
const g float64 = 0.1
const h = f * 3
const k = float32(1) / 3 * 3

type T float32

func main() {
	fmt.Println(f*3, g*3, h, k, float64(h), T(0.1)*T(3), f+1e-9 == f, g+1e-17 == g)
	var c complex64 = 0.1 + 0.1i
	fmt.Println(c*c, complex128(c), real(c), real(complex64(0.1i*0.1i)))
	const big = 1 << 100
	fmt.Println(float32(big), big*1.5/big, complex(big, 1e-300))
	x := 3
	fmt.Println(x/2, x%2, -x/2, float64(x)/2, x<<1.0, 1<<x)
}
