// Prints math.Exp's results on amd64 for the runtime's unit test of its two amd64
// paths (crates/runtime/src/gomath_exp.rs): gc's assembly takes an FMA path when the
// CPU has AVX and FMA, which `GODEBUG=cpu.fma=off` turns off. `./gen.sh > cases.txt`
// (gc 1.19.8, on a CPU with FMA) runs this twice; each line of cases.txt: the argument's
// bits, the result's bits with FMA, without FMA, in hex.
package main

import (
	"fmt"
	"math"
)

func main() {
	seed := uint64(0x2545F4914F6CDD1D)
	for i := 0; i < 3000; i++ {
		seed ^= seed >> 12
		seed ^= seed << 25
		seed ^= seed >> 27
		r := seed * 2685821657736338717
		// Biased exponents 1013..1032: |x| from 2^-10 to 2^10, random sign.
		b := (1013+r%20)<<52 | r>>12&(1<<52-1) | r&1<<63
		x := math.Float64frombits(b)
		if i%10 == 0 {
			x = math.Float64frombits(r)
		}
		fmt.Printf("%016x %016x\n", math.Float64bits(x), math.Float64bits(math.Exp(x)))
	}
}
