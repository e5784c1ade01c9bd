// Bit-exact results of package math's computed functions (Sin, Exp, Log, Pow, ...) on
// special values (printed one by one, in hex) and on pseudo-random inputs from several
// exponent windows (printed as one hash per function and window). The inputs are made
// from integer bits only, so they do not depend on how float arithmetic is compiled.
package main

import (
	"fmt"
	"math"
)

var seed uint64 = 0x9E3779B97F4A7C15

// next is xorshift64*.
func next() uint64 {
	seed ^= seed >> 12
	seed ^= seed << 25
	seed ^= seed >> 27
	return seed * 2685821657736338717
}

// windows are ranges of biased exponents, the last one any bits at all.
var windows = [][2]uint64{
	{1023 - 60, 1023 - 20}, {1023 - 20, 1023}, {1023, 1023 + 3}, {1023 + 3, 1023 + 10},
	{1023 + 10, 1023 + 40}, {1023 + 40, 2047}, {1, 1023 - 60}, {0, 0},
}

// input is a float of window w with a random sign when signed.
func input(w int, signed bool) float64 {
	r := next()
	lo, hi := windows[w][0], windows[w][1]
	if hi == 0 {
		return math.Float64frombits(r)
	}
	b := (lo+r%(hi-lo))<<52 | next()&(1<<52-1)
	if signed && r>>63 == 1 {
		b |= 1 << 63
	}
	return math.Float64frombits(b)
}

var specials = []float64{0, math.Copysign(0, -1), 1, -1, 0.5, -0.5, 2, -2, 0.7, 3, -3, 10,
	math.Pi, -math.Pi, math.Pi / 2, math.Pi / 4, 1e-300, 5e-324, -5e-324, 2.2250738585072014e-308,
	1e-10, 1e10, 1 << 29, 1 << 60, 1e300, -1e300, math.MaxFloat64, -math.MaxFloat64,
	709.782712893384, 709.79, -745.14, -708, 1023.9, 1024, -1074, -1075,
	math.Inf(1), math.Inf(-1), math.NaN(), math.Float64frombits(0xFFF8000000000001),
	math.Float64frombits(0x7FF0000000000001)}

var names1 = []string{"Sin", "Cos", "Tan", "Asin", "Acos", "Atan", "Sinh", "Cosh", "Tanh",
	"Asinh", "Acosh", "Atanh", "Exp", "Exp2", "Expm1", "Log", "Log2", "Log10", "Log1p",
	"Cbrt", "Logb", "Sincos", "Modf", "Frexp", "Ilogb", "Erf", "Erfc", "Erfinv", "Erfcinv",
	"Gamma", "Lgamma"}

// f1 is function k of names1 at x, as bits (the two results of Sincos, Modf, Frexp
// and Lgamma mixed into one word).
func f1(k int, x float64) uint64 {
	switch k {
	case 0:
		return math.Float64bits(math.Sin(x))
	case 1:
		return math.Float64bits(math.Cos(x))
	case 2:
		return math.Float64bits(math.Tan(x))
	case 3:
		return math.Float64bits(math.Asin(x))
	case 4:
		return math.Float64bits(math.Acos(x))
	case 5:
		return math.Float64bits(math.Atan(x))
	case 6:
		return math.Float64bits(math.Sinh(x))
	case 7:
		return math.Float64bits(math.Cosh(x))
	case 8:
		return math.Float64bits(math.Tanh(x))
	case 9:
		return math.Float64bits(math.Asinh(x))
	case 10:
		return math.Float64bits(math.Acosh(x))
	case 11:
		return math.Float64bits(math.Atanh(x))
	case 12:
		return math.Float64bits(math.Exp(x))
	case 13:
		return math.Float64bits(math.Exp2(x))
	case 14:
		return math.Float64bits(math.Expm1(x))
	case 15:
		return math.Float64bits(math.Log(x))
	case 16:
		return math.Float64bits(math.Log2(x))
	case 17:
		return math.Float64bits(math.Log10(x))
	case 18:
		return math.Float64bits(math.Log1p(x))
	case 19:
		return math.Float64bits(math.Cbrt(x))
	case 20:
		return math.Float64bits(math.Logb(x))
	case 21:
		s, c := math.Sincos(x)
		return math.Float64bits(s)*3 ^ math.Float64bits(c)
	case 22:
		i, f := math.Modf(x)
		return math.Float64bits(i)*3 ^ math.Float64bits(f)
	case 23:
		f, e := math.Frexp(x)
		return math.Float64bits(f)*3 ^ uint64(e)
	case 24:
		return uint64(math.Ilogb(x))
	case 25:
		return math.Float64bits(math.Erf(x))
	case 26:
		return math.Float64bits(math.Erfc(x))
	case 27:
		return math.Float64bits(math.Erfinv(x))
	case 28:
		return math.Float64bits(math.Erfcinv(x))
	case 29:
		return math.Float64bits(math.Gamma(x))
	case 30:
		l, s := math.Lgamma(x)
		return math.Float64bits(l)*3 ^ uint64(s)
	}
	return 0
}

var names2 = []string{"Atan2", "Pow", "Hypot", "Remainder", "Nextafter", "Ldexp"}

func f2(k int, x, y float64) uint64 {
	switch k {
	case 0:
		return math.Float64bits(math.Atan2(x, y))
	case 1:
		return math.Float64bits(math.Pow(x, y))
	case 2:
		return math.Float64bits(math.Hypot(x, y))
	case 3:
		return math.Float64bits(math.Remainder(x, y))
	case 4:
		return math.Float64bits(math.Nextafter(x, y))
	case 5:
		return math.Float64bits(math.Ldexp(x, int(math.Float64bits(y)%2300)-1150))
	}
	return 0
}

func mix(h, v uint64) uint64 {
	return (h ^ v) * 1099511628211
}

func main() {
	for k, name := range names1 {
		for _, x := range specials {
			fmt.Printf("%s(%x) = %x\n", name, math.Float64bits(x), f1(k, x))
		}
	}
	for k, name := range names2 {
		for i, x := range specials {
			y := specials[(i*7+3)%len(specials)]
			fmt.Printf("%s(%x, %x) = %x\n", name, math.Float64bits(x), math.Float64bits(y), f2(k, x, y))
			fmt.Printf("%s(%x, %x) = %x\n", name, math.Float64bits(y), math.Float64bits(x), f2(k, y, x))
		}
	}
	for k, name := range names1 {
		for w := range windows {
			h := uint64(14695981039346656037)
			for i := 0; i < 300; i++ {
				x := input(w, true)
				r := f1(k, x)
				h = mix(h, r)
			}
			fmt.Printf("%s window %d: %x\n", name, w, h)
		}
	}
	for k, name := range names2 {
		for w := range windows {
			h := uint64(14695981039346656037)
			for i := 0; i < 300; i++ {
				x := input(w, k != 1)
				y := input(i%len(windows), true)
				if k == 1 && i%2 == 0 {
					y = input(2+i%3, true)
				}
				r := f2(k, x, y)
				h = mix(h, r)
			}
			fmt.Printf("%s window %d: %x\n", name, w, h)
		}
	}
	h := uint64(14695981039346656037)
	for n := -400; n <= 400; n++ {
		h = mix(h, math.Float64bits(math.Pow10(n)))
	}
	fmt.Printf("Pow10: %x\n", h)
	h = uint64(14695981039346656037)
	for i := 0; i < 2000; i++ {
		x := math.Float32frombits(uint32(next() >> 32))
		y := math.Float32frombits(uint32(next() >> 32))
		if i%3 == 0 {
			y = -x
		}
		h = mix(h, uint64(math.Float32bits(math.Nextafter32(x, y))))
	}
	fmt.Printf("Nextafter32: %x\n", h)
}
