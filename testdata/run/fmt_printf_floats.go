package main

import "fmt"

type Temp float64

func main() {
	xs := []float64{0, 1, -1, 0.5, 1.5, 2.5, 3.14159265358979, 100, 123456.789, 1e6, 1e21, 1e-7, 0.000123, 6.02214076e23, -2.75e-10}
	for _, x := range xs {
		fmt.Printf("%v|%e|%E|%f|%F|%g|%G|%.2f|%.3e|%.4g|%10.3f|%-10.2e|%+g|% f|%010.3f\n", x, x, x, x, x, x, x, x, x, x, x, x, x, x, x)
	}
	for _, x := range xs {
		fmt.Printf("%#v|%#g|%#.3g|%#e|%#.0f|%#.0e|%b|%x|%X|%.3x|%#x\n", x, x, x, x, x, x, x, x, x, x, x)
	}
	fmt.Printf("%.0f %.0f %.0f %.0f %.1f %.2f %.2f\n", 0.5, 1.5, 2.5, 3.5, 0.25, 1.005, 0.125)
	fmt.Printf("%.0g %.1g %.2g %.3g %.10g %.20g\n", 123.456, 123.456, 123.456, 123.456, 123.456, 0.1)
	fmt.Printf("%.3e %.10e %.0e %e\n", 9.9996, 1.0/3.0, 5.5, 1e100)
	var zero float64
	inf := 1 / zero
	ninf := -1 / zero
	nan := zero / zero
	fmt.Printf("|%v|%v|%v|%f|%5.2f|%-6f|%06f|%+f|% f|%+v|% v|%e|%g|\n", inf, ninf, nan, inf, inf, nan, ninf, nan, nan, inf, inf, nan, ninf)
	fmt.Printf("|%x|%X|%b|%#v|\n", inf, nan, ninf, nan)
	neg := -zero
	fmt.Printf("|%v|%f|%e|%g|%+v|\n", neg, neg, neg, neg, zero)
	var f32 float32 = 1.5
	var g32 float32 = 16777216
	var h32 float32 = 0.25
	fmt.Printf("%v %v %v %e %g %.3f %b %x %T\n", f32, g32, h32, g32, h32, f32, f32, f32, f32)
	fmt.Printf("%v %.2f %T %#v\n", Temp(36.6), Temp(36.6), Temp(1), Temp(2))
	fmt.Printf("%v %.1f %g\n", []float64{1.5, 2}, []float64{1.25, 3}, [2]float64{1e10, 1e-10})
	fmt.Printf("%d %s %q %t %c\n", 1.5, 1.5, 1.5, 1.5, 1.5)
	fmt.Printf("%8.3v|%-8.3v|%08.3v|%+.3v\n", 3.14159, 3.14159, 3.14159, 3.14159)
	fmt.Printf("%.*f|%*.*f|%-*.*e\n", 2, 3.14159, 10, 3, 2.71828, 12, 2, 1234.5)
	fmt.Println(1.5, 1e21, 1e20, 123456789.0, float32(0.5), 5e-324, 1.7976931348623157e308)
}
