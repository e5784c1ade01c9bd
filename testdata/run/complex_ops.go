package main

import "fmt"

// complex64 and complex128: constants, arithmetic (division as gc's runtime
// complex128div), comparison, conversions, the built-ins, and both printers.

const c0 = 1 + 2i
const r0 = real(c0 * c0)

//go:noinline
func div(a, b complex128) complex128 { return a / b }

//go:noinline
func mul64(a, b complex64) complex64 { return a * b }

func main() {
	var a complex128 = c0
	b := complex(float32(1.5), 2)
	x, y := 3.0, 4.0
	c := complex(x, y)
	fmt.Println(r0, imag(c0*c0), a, b, c, real(c), imag(b))
	fmt.Println(c0 == 1+2i, complex64(c0), 1i*1i, -c, c-a, c*a, c/a, a+1)
	fmt.Println(c == complex(3, 4), c != a, complex128(b), complex64(c))
	zero := complex(x-x, 0)
	inf := complex(1/(x-x), 0)
	fmt.Println(div(1, zero), div(zero, zero), div(c, inf), div(inf, c), div(complex(1e300, 1e300), complex(1e-300, 1e-300)))
	fmt.Println(div(complex(1, 1), complex(0, 1)), div(3+4i, 1-2i), div(1, 3))
	fmt.Println(mul64(complex(1.1, 2.2), complex(3.3, 4.4)), mul64(1e20+1e20i, 1e20+1e20i))
	var v complex64 = 0.1 + 0.2i
	w := v * v
	w += v
	w /= 2 + 1i
	fmt.Println(v, w, real(w), imag(w))
	var i interface{} = c
	var j interface{} = v
	fmt.Println(i, j, []complex128{1, 1i, -1i}, 0i)
	println(a, b, c, real(c), complex(x, -y), 1i)
	const big = 1e300 + 1e300i
	fmt.Println(big*1e-300, complex(1, -0.0), complex(-0.0, -0.0))
}
