// Generates cases.txt, the expected strconv.FormatFloat results that
// crates/runtime/src/floatfmt.rs is tested against: `go run main.go > cases.txt`
// (gc 1.19.8). Each line: value (as %v of float64), format, precision, bit size,
// result, separated by tabs.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	vals := []float64{0, 1, -1, 0.5, 1.5, 2.5, 0.125, 123456789, 1e21, 1e-7, 5e-324,
		math.MaxFloat64, 3.0 / 7, 100, 1e6, 0.000123, -268689.625, 9.999999, 0.0001234,
		12.345, 0.1, 1.0 / 3, 16777216, 3.4028234663852886e+38, 1e23, 2.5e-8, 999999.5,
		math.Inf(1), math.Inf(-1), math.NaN(), math.Copysign(0, -1)}
	for _, v := range vals {
		for _, f := range []byte{'e', 'E', 'f', 'g', 'G'} {
			for _, p := range []int{-1, 0, 1, 2, 6, 10, 17} {
				for _, bs := range []int{32, 64} {
					if bs == 32 && (math.Abs(v) > math.MaxFloat32 && !math.IsInf(v, 0) || (v != 0 && math.Abs(v) < 1e-40)) {
						continue
					}
					fmt.Printf("%v\t%c\t%d\t%d\t%s\n", v, f, p, bs, strconv.FormatFloat(v, f, p, bs))
				}
			}
		}
	}
}
