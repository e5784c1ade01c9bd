package main

import "fmt"

type I interface{ M() int }

type T struct{ v int }

func (t T) M() int { return t.v }

//go:noinline
func use(i I) int { return i.M() }

func main() {
	fmt.Println(use(&T{3}))
	var p *T
	fmt.Println(use(p))
}
