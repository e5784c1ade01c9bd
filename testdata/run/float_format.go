package main

import "fmt"

//go:noinline
func f64(x float64) float64 { return x }

//go:noinline
func f32(x float32) float32 { return x }

func main() {
	var f32v float32 = -268689.625
	fmt.Println(f32v, float32(0.3), float32(1)/3, float32(16777217), float32(1e10))
	zero := f64(0)
	nan := zero / zero
	inf := 1 / zero
	negz := -zero
	vals := []float64{0, negz, 1, -1, 0.5, 2.5, 100, 1e6, 123456, 1234567, 1e20, 1e21,
		1e-4, 1e-5, 1.5e-7, 5e-324, 1.7976931348623157e308, 2.2250738585072014e-308,
		3.0 / 7, 0.1, 123456789.125, -268689.625, 1e100, nan, inf, -inf}
	for _, v := range vals {
		fmt.Println(v, float32(v), -v)
		println(v, float32(v))
	}
	fmt.Println(f64(1)/zero, f64(-1)/zero, zero/zero, negz, 1/negz)
	fmt.Println(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, inf > 1e308, -inf < -1e308)
	fmt.Print(1.5, 2.5, "x", 3.5, "\n")
	var small float32 = 1e-45
	fmt.Println(small, small/2, f32(3.4e38)*10, f32(0.1)+f32(0.2), f32(0.1)*f32(3))
	x, y, z := f64(0.1), f64(0.2), f64(0.3)
	fmt.Println(x*y+z, x*y-z, (x+y)+z, x+(y+z), x*3 == 0.3)
	var i interface{} = 2.5
	var j interface{} = float32(2.5)
	fmt.Println(i, j, []float64{1, 2.5}, [2]float32{0.1, 0.2}, struct{ A, B float64 }{1, 0.5})
}
