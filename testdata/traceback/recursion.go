package main

func walk(n int, s []int) int {
	if n == 0 {
		return s[n+5]
	}
	return walk(n-1, s) + 1
}

func main() {
	s := make([]int, 3)
	println(walk(4, s))
}
