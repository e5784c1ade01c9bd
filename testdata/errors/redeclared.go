package main

import "fmt"

var x = 1

func f() {}

const c = 1

type T int

var z = 2

func f() {}

var x = 2

const c = 2

type T string

func g(a int, a string) (b int, b bool) {
	return 0, false
}

func h(p int) (p int) { return 0 }

func main() {
	y := 1
	var y int
	var w, w = 1, 2
	{
		y := 2
		_ = y
	}
	const k = 1
	const k = 2
	fmt.Println(x, y, z, w, k)
}
