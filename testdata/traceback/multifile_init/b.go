package main

var w = f(4)

func f(n int) int {
	if n > 3 {
		panic(n)
	}
	return n
}
