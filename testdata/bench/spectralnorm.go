// Benchmark: the spectral-norm of the Benchmarks Game (a single-threaded version of our
// own): float64 loops over slices, division, math.Sqrt. Size: os.Args[1] or 2000.
package main

import (
	"fmt"
	"math"
	"os"
)

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

// a is the entry (i, j) of the infinite matrix A.
func a(i, j int) float64 {
	return 1.0 / float64((i+j)*(i+j+1)/2+i+1)
}

// mulAv sets av = A*v.
func mulAv(v, av []float64) {
	for i := range av {
		sum := 0.0
		for j, x := range v {
			sum += a(i, j) * x
		}
		av[i] = sum
	}
}

// mulAtv sets atv = transpose(A)*v.
func mulAtv(v, atv []float64) {
	for i := range atv {
		sum := 0.0
		for j, x := range v {
			sum += a(j, i) * x
		}
		atv[i] = sum
	}
}

// mulAtAv sets out = transpose(A)*A*v, using tmp.
func mulAtAv(v, out, tmp []float64) {
	mulAv(v, tmp)
	mulAtv(tmp, out)
}

func main() {
	n := argOr(2000)
	u := make([]float64, n)
	v := make([]float64, n)
	tmp := make([]float64, n)
	for i := range u {
		u[i] = 1
	}
	for i := 0; i < 10; i++ {
		mulAtAv(u, v, tmp)
		mulAtAv(v, u, tmp)
	}
	var vBv, vv float64
	for i, x := range v {
		vBv += u[i] * x
		vv += x * x
	}
	fmt.Printf("%0.9f\n", math.Sqrt(vBv/vv))
}
