package main

func g(a, b string) bool { return a == b }

func main() {
	println(g("hi", "ho"), "hi" == "h"+"o")
	x := "hi"
	y := "ho"
	println(x == y, x < y)
}
