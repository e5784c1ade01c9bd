// Benchmark (escape analysis): escape_stack.go's work with six heap allocations per
// iteration; the points are kept in a package variable, so they escape. Iterations:
// os.Args[1] or 20000000.
package main

import (
	"fmt"
	"os"
)

type point struct {
	x, y, z int
}

var last [6]*point

func argOr(def int) int {
	if len(os.Args) < 2 {
		return def
	}
	n := 0
	for _, c := range os.Args[1] {
		n = n*10 + int(c-'0')
	}
	return n
}

func sum(ps [6]*point) int {
	s := 0
	for _, p := range ps {
		s += p.x*3 + p.y*2 + p.z
	}
	return s
}

func main() {
	n := argOr(20000000)
	total := 0
	for i := 0; i < n; i++ {
		a, b, c := &point{i, 1, 2}, &point{i, 2, 3}, &point{i, 3, 4}
		d, e, f := &point{i, 4, 5}, &point{i, 5, 6}, &point{i, 6, 7}
		last = [6]*point{a, b, c, d, e, f}
		total += sum(last)
	}
	fmt.Println(total)
}
