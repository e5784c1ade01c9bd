package main

import "fmt"

func divmod(a, b int) (int, int) {
	return a / b, a % b
}

func minmax(s []int) (min int, max int) {
	min, max = s[0], s[0]
	for _, v := range s {
		if v < min {
			min = v
		}
		if v > max {
			max = v
		}
	}
	return
}

func three() (int, string, bool) {
	return 1, "two", true
}

func swap(a, b string) (string, string) {
	return b, a
}

func named(x int) (y int) {
	y = x * 2
	if x > 10 {
		return 0
	}
	y++
	return
}

func main() {
	q, r := divmod(17, 5)
	fmt.Println(q, r)
	lo, hi := minmax([]int{3, -4, 10, 7, -9, 2})
	fmt.Println(lo, hi)
	a, b, c := three()
	fmt.Println(a, b, c)
	x, y := swap("first", "second")
	fmt.Println(x, y)
	x, y = swap(x, y)
	fmt.Println(x, y)
	_, r2 := divmod(100, 7)
	fmt.Println(r2, named(3), named(20))
	fmt.Println(divmod(9, 4))
}
