// asmcheck

package main

import "math"

// math.Sqrt, math.Abs and math.Copysign are single instructions, as gc's intrinsics
// are: no call, so the caller's float registers stay where they are.

func hyp(x, y float64) float64 {
	return math.Sqrt(x*x + y*y) // x86_64:"sqrtsd",-"call" aarch64:"fsqrt",-"bl\s"
}

func abs(x float64) float64 {
	return math.Abs(x) // x86_64:-"call" aarch64:"fabs",-"bl\s"
}

func sign(x, y float64) float64 {
	return math.Copysign(x, y) // x86_64:-"call" aarch64:-"bl\s"
}

func exp(x float64) float64 {
	return math.Exp(x) // x86_64:"call.*math\.Exp" aarch64:"bl.*math\.Exp"
}

func main() {
	println(hyp(3, 4), abs(-2), sign(3, -1), exp(0))
}
