package main

type T1 func(i, i int)
type T2 func(i int) (i int)

var f func(a int, b string) (a bool)

func main() {
	var g func(x, x int)
	_ = g
}
