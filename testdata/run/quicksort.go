package main

import "fmt"

func partition(a []int, lo, hi int) int {
	p := a[hi]
	i := lo
	for j := lo; j < hi; j++ {
		if a[j] < p {
			a[i], a[j] = a[j], a[i]
			i++
		}
	}
	a[i], a[hi] = a[hi], a[i]
	return i
}

func quicksort(a []int, lo, hi int) {
	if lo >= hi {
		return
	}
	p := partition(a, lo, hi)
	quicksort(a, lo, p-1)
	quicksort(a, p+1, hi)
}

func main() {
	var a []int
	x := 7
	for i := 0; i < 30; i++ {
		x = (x*31 + 11) % 101
		a = append(a, x-50)
	}
	fmt.Println(a)
	quicksort(a, 0, len(a)-1)
	fmt.Println(a)
	fmt.Println(len(a), a[0], a[len(a)-1])
}
