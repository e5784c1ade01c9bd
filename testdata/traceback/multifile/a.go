package main

var v = f(1)

func main() {
	println(v, w)
	println(g(5))
}
