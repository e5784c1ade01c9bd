package main

import (
	"fmt"
	"math"
)

func main() {
	for _, x := range []float64{0, 0.5, -1.25, 3, 100, 1e-8, 1e20} {
		fmt.Println(x, math.Sin(x), math.Cos(x), math.Tan(x), math.Atan(x), math.Sinh(x), math.Tanh(x))
		fmt.Println(math.Exp(x), math.Exp2(x), math.Expm1(x), math.Log(x), math.Log2(x), math.Log10(x), math.Log1p(x))
		fmt.Println(math.Asin(x), math.Acos(x), math.Asinh(x), math.Acosh(x), math.Atanh(x), math.Cbrt(x), math.Cosh(x))
		s, c := math.Sincos(x)
		i, f := math.Modf(x)
		fr, e := math.Frexp(x)
		fmt.Println(s, c, i, f, fr, e, math.Ldexp(fr, e), math.Ldexp(math.Frexp(x)), math.Logb(x), math.Ilogb(x))
	}
	fmt.Println(math.Pow(2, 10), math.Pow(2, 0.5), math.Pow(-8, 1.0/3), math.Pow(-2, 3), math.Pow(0, -1), math.Pow(10, -3))
	fmt.Println(math.Atan2(1, 1), math.Atan2(-1, -1), math.Atan2(0, -1), math.Hypot(3, 4), math.Hypot(math.Inf(-1), math.NaN()))
	fmt.Println(math.Remainder(10, 3), math.Remainder(11, 3), math.Remainder(-7.5, 2), math.Dim(4, 1.5))
	fmt.Println(math.Pow10(-5), math.Pow10(20), math.Pow10(400), math.Pow10(-400))
	fmt.Println(math.Nextafter(1, 2), math.Nextafter(1, 0), math.Nextafter(0, -1), math.Nextafter32(1, 2), math.Nextafter32(0, 1))
	fmt.Println(math.Log(-1), math.Log(0), math.Sqrt(math.Exp(1)), math.Exp(math.Log(7)))
	for _, x := range []float64{-2.5, -1, -0.5, 0.25, 1, 4.5, 30, 171.5, 200} {
		lg, sign := math.Lgamma(x)
		fmt.Println(x, math.Erf(x/4), math.Erfc(x/4), math.Erfinv(x/300), math.Erfcinv(x/300), math.Gamma(x), lg, sign)
	}
	println(math.Sin(1), math.Exp(1), math.Ilogb(0), math.Ilogb(math.Inf(1)))
	var total float64
	for k := 1; k <= 1000; k++ {
		total += math.Sin(float64(k)) * math.Exp(-float64(k)/500)
	}
	fmt.Printf("%.17g %x\n", total, math.Float64bits(total))
}
