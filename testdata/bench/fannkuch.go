// Benchmark: fannkuch-redux of the Benchmarks Game (a single-threaded version of our
// own): permutations generated in place, prefix reversals counted; small int slices and
// bounds-checked indexing. Size: os.Args[1] or 10.
package main

import (
	"fmt"
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

// flips counts the prefix reversals until the first element is 0.
func flips(perm, work []int) int {
	copy(work, perm)
	count := 0
	for k := work[0]; k != 0; k = work[0] {
		for i, j := 0, k; i < j; i, j = i+1, j-1 {
			work[i], work[j] = work[j], work[i]
		}
		count++
	}
	return count
}

func main() {
	n := argOr(10)
	perm := make([]int, n)
	work := make([]int, n)
	count := make([]int, n)
	for i := range perm {
		perm[i] = i
	}
	checksum, maxFlips, index := 0, 0, 0
	r := n
	for {
		for ; r > 1; r-- {
			count[r-1] = r
		}
		f := flips(perm, work)
		if f > maxFlips {
			maxFlips = f
		}
		if index%2 == 0 {
			checksum += f
		} else {
			checksum -= f
		}
		index++
		// The next permutation: rotate the first r+1 elements until a counter is left.
		for {
			if r == n {
				fmt.Printf("%d\nPfannkuchen(%d) = %d\n", checksum, n, maxFlips)
				return
			}
			first := perm[0]
			for i := 0; i < r; i++ {
				perm[i] = perm[i+1]
			}
			perm[r] = first
			count[r]--
			if count[r] > 0 {
				break
			}
			r++
		}
	}
}
