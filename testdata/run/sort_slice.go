package main

import "fmt"

func insertionSort(a []int) {
	for i := 1; i < len(a); i++ {
		v := a[i]
		j := i - 1
		for j >= 0 && a[j] > v {
			a[j+1] = a[j]
			j--
		}
		a[j+1] = v
	}
}

func bubbleSort(a []int) int {
	swaps := 0
	for {
		swapped := false
		for i := 0; i+1 < len(a); i++ {
			if a[i] > a[i+1] {
				a[i], a[i+1] = a[i+1], a[i]
				swaps++
				swapped = true
			}
		}
		if !swapped {
			break
		}
	}
	return swaps
}

func main() {
	seed := 12345
	a := make([]int, 20)
	b := make([]int, 20)
	for i := range a {
		seed = (seed*1103515245 + 12345) % 2147483648
		a[i] = seed % 100
		b[i] = a[i]
	}
	fmt.Println(a)
	insertionSort(a)
	fmt.Println(a)
	n := bubbleSort(b)
	fmt.Println(b, n)
	same := true
	for i := range a {
		if a[i] != b[i] {
			same = false
		}
	}
	fmt.Println("same:", same)
}
