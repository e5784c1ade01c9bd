package main

func main() {
	var s uint = 1
	var x int = 1
	var fl = 1.5
	println(x << (1.5 << s))
	println(x << fl)
	println(x << (1. << fl))
}
