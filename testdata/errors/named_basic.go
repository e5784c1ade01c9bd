package main

type mybool bool
type myint int

func main() {
	var b bool
	var m mybool = b
	var i int = 1
	var n myint = i
	var k int = n
	c := b == m
	d := i + n
	println(m, n, k, c, d)
}
