package main

import (
	"fmt"
	"math"
)

func main() {
	fmt.Println(math.MaxFloat64, math.SmallestNonzeroFloat64, math.MaxFloat32, math.SmallestNonzeroFloat32)
	var f32 float32 = math.MaxFloat32
	fmt.Println(f32, float32(math.SmallestNonzeroFloat32))
	const big = math.MaxFloat64 * 2 / 4
	fmt.Println(big)
}
