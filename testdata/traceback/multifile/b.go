package main

var w = f(2)

func f(n int) int {
	if n > 3 {
		panic(n)
	}
	return n
}

func g(n int) int {
	return f(n) + 1
}
