package main

var s []int

func down(n int) int {
	if n == 0 {
		return s[n]
	}
	return down(n-1) + 1
}

func main() {
	println(down(300))
}
