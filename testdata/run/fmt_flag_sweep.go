// Every fmt flag, width, precision and verb combination over ints, strings, floats,
// bytes, byte slices and bools.
package main

import "fmt"

func main() {
	flags := []string{"", "+", "-", "#", "0", " ", "-#", "+0"}
	widths := []string{"", "5", "12"}
	precs := []string{"", ".0", ".3"}
	verbs := "dxXobcqUvseEfgGt"
	ints := []int{0, 7, -7, 255, 65536, -1 << 40}
	strs := []string{"", "a", "héllo\n", "\xff`x"}
	fls := []float64{0, 2.5, -0.001234, 123456789.0}
	for _, f := range flags {
		for _, w := range widths {
			for _, p := range precs {
				for _, v := range verbs {
					format := "%" + f + w + p + string(v)
					fmt.Printf(format+"|", ints[len(format)%len(ints)])
					fmt.Printf(format+"|", strs[len(format)%len(strs)])
					fmt.Printf(format+"|", fls[len(f)%len(fls)])
					fmt.Printf(format+"|", uint8(200))
					fmt.Printf(format+"|", []byte("ab"))
					fmt.Printf(format+"\n", true)
				}
			}
		}
	}
}
