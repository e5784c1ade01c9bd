package main

func down(n int) int {
	if n == 0 {
		panic(n)
	}
	return down(n-1) + 1
}

func main() {
	println(down(300))
}
