package main

func div(a, b int) int {
	return a / b
}

func main() {
	n := 0
	println(div(10, n))
}
