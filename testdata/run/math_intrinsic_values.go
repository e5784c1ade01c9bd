// math.Sqrt, math.Abs and math.Copysign (compiled inline) on the special values:
// signed zeros, infinities, NaNs, subnormals; printed bit for bit.
package main

import (
	"fmt"
	"math"
)

func main() {
	vals := []float64{0, math.Copysign(0, -1), 1, -1, 2, 0.5, 1e-310, -1e-310,
		math.MaxFloat64, math.SmallestNonzeroFloat64, math.Inf(1), math.Inf(-1), math.NaN(), 1e300, 123.456}
	for _, v := range vals {
		s := math.Sqrt(v)
		a := math.Abs(v)
		c1 := math.Copysign(3, v)
		c2 := math.Copysign(v, -1)
		fmt.Printf("%v %x %x %x %x\n", v, math.Float64bits(s), math.Float64bits(a), math.Float64bits(c1), math.Float64bits(c2))
	}
	var f32 float32 = 2
	fmt.Println(math.Sqrt(float64(f32)), float32(math.Sqrt(float64(f32))))
}
