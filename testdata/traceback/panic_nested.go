package main

func inner(n int) int {
	if n > 2 {
		panic("boom")
	}
	return n
}

func middle(a, b int) int {
	x := inner(a + b)
	return x
}

func main() {
	println(middle(1, 2))
}
