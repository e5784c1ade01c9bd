package main

import "fmt"

type I interface{ M() int }

type S struct {
	I
}

//go:noinline
func use(i I) int { return i.M() }

func main() {
	fmt.Println("calling")
	var s S
	fmt.Println(use(s))
}
