package main

import (
	"fmt"
	"os"
)

type T struct {
	a int
	b string
}

func f(a, b int) int { return a + b }
func g() (int, int) { return 1, 2 }

func main() {
	x := 1
	var s string = "a"
	var i int
	i = s
	_ = i + s
	f(1)
	f(1, 2, 3)
	a, b := f(1, 2)
	var u uint8 = 300
	_ = 1 / 0
	_ = undefinedName
	var t T
	_ = t.c
	if i {
	}
	fmt.Println(a, b)
}

func h() int {
	for {
		break
	}
}
