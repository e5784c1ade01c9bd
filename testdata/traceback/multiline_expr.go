package main

func div(a, b, c int) int {
	return (a +
		b) / c
}

func main() {
	println(div(1, 2, 1))
	println(div(1, 2, 0))
}
