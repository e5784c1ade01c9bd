package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxInt64, math.MinInt64, uint64(math.MaxUint64), math.MaxInt8, math.MinInt32)
	fmt.Println(math.MaxInt, math.MinInt, uint(math.MaxUint), math.MaxUint8, math.MaxUint16, math.MaxUint32)
	fmt.Println(math.Pi, math.E, math.Ln2, math.Log2E, math.Ln10, math.Log10E, float32(math.Pi))
	fmt.Println(math.Phi, math.Sqrt2, math.SqrtE, math.SqrtPi, math.SqrtPhi)
	zero, one := 0.0, 1.0
	negZero := math.Copysign(0, -1)
	nan, inf := math.NaN(), math.Inf(1)
	for _, x := range []float64{-2.5, -1.5, -0.5, 0.5, 1.5, 2.5, 3.7, -3.7, negZero, inf, -inf, nan} {
		fmt.Println(x, math.Floor(x), math.Ceil(x), math.Trunc(x), math.Round(x), math.RoundToEven(x), math.Abs(x), math.Signbit(x))
	}
	fmt.Println(math.Sqrt(2), math.Sqrt(-1), math.Sqrt(inf), math.Sqrt(negZero))
	fmt.Println(math.Max(one, nan), math.Max(inf, nan), math.Max(zero, negZero), math.Max(negZero, zero), math.Max(-3, 2))
	fmt.Println(math.Min(one, nan), math.Min(-inf, nan), math.Min(zero, negZero), math.Min(negZero, zero), math.Min(-3, 2))
	fmt.Println(math.Mod(7, 3), math.Mod(-7, 3), math.Mod(7, -3), math.Mod(7, 0), math.Mod(inf, 2), math.Mod(5.5, 1.25))
	fmt.Println(math.Dim(5, 3), math.Dim(3, 5), math.Dim(inf, inf), math.Dim(nan, 1))
	fmt.Println(math.FMA(0.1, 10, -1), 0.1*10-1, math.FMA(2, 3, 4))
	fmt.Println(math.Inf(1), math.Inf(-1), math.Inf(0), math.IsNaN(nan), math.IsNaN(one))
	fmt.Println(math.IsInf(inf, 1), math.IsInf(inf, -1), math.IsInf(-inf, 0), math.IsInf(one, 0))
	fmt.Println(math.Float64bits(1.5), math.Float64frombits(0x4000000000000000), math.Float32bits(1.5), math.Float32frombits(0x40000000))
	fmt.Println(math.Float64bits(nan), math.Float64bits(negZero), math.Copysign(3, -0.0), math.Copysign(-3, 1))
}
