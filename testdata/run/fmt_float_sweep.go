// Float verbs over a sweep of float64 and float32 values (x*-1.37+0.1 and y*1.37+0.3,
// rescaled when large): shortest digits, ties to even, hex and binary forms.
package main

import "fmt"

func main() {
	x := 1.0
	y := float32(1.0)
	for i := 0; i < 400; i++ {
		x = x*-1.37 + 0.1
		if x > 1e300 || x < -1e300 {
			x = x / 1e290 / 3.3
		}
		y = y*1.37 + 0.3
		if y > 1e30 {
			y = y / 1e28 / 7
		}
		fmt.Printf("%x %X %.3x %b %#g %#.4e %+12.4E %-14.2f| %08.3g %G %.10e %x %b %.0e %#.0f %5.1x\n", x, x, x, x, x, x, x, x, y, y, y, y, y, x, x, y)
		fmt.Println(x, y, x*1e-10, float32(x))
	}
}
