package main

import "fmt"

type T struct{ n int }

func (t *T) M(k int) {}

type I interface{ M(int) }

func f(a, b int) {}

func main() {
	x, y := 1, 2
	t := &T{}
	var i I = t
	defer f(x, y+1)
	defer t.M(x)
	defer i.M(3)
	defer fmt.Println("x", x)
	go f(x, 2)
	defer println(recover())
}
