package main

import "fmt"

var a = b

var b = c + 1

var c = a

var p = f()

func f() int { return q }

var q = g()

func g() int { return p }

var s = s

func main() {
	fmt.Println(a, b, c, p, q, s)
}
