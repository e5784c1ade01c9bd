// Benchmark: sorting a million pseudo-random ints in place.
package main

import "fmt"

func quicksort(a []int) {
	for len(a) > 1 {
		p := a[len(a)/2]
		i, j := 0, len(a)-1
		for i <= j {
			for a[i] < p {
				i++
			}
			for a[j] > p {
				j--
			}
			if i <= j {
				a[i], a[j] = a[j], a[i]
				i++
				j--
			}
		}
		if j+1 < len(a)-i {
			quicksort(a[:j+1])
			a = a[i:]
		} else {
			quicksort(a[i:])
			a = a[:j+1]
		}
	}
}

func main() {
	n := 1000000
	a := make([]int, n)
	x := uint32(12345)
	for i := range a {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		a[i] = int(x % 1000000)
	}
	quicksort(a)
	ok := true
	for i := 1; i < n; i++ {
		if a[i-1] > a[i] {
			ok = false
		}
	}
	fmt.Println(ok, a[0], a[n/2], a[n-1])
}
