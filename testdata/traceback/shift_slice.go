package main

func shift(x int, n int) int {
	return x << n
}

func window(s []int, lo, hi int) []int {
	return s[lo:hi]
}

func main() {
	s := make([]int, 4)
	println(len(window(s, 1, 3)))
	println(shift(1, 3))
	println(len(window(s, 3, 1)))
}
