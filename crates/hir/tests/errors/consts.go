package main

import (
	"fmt"
	"os"
)

const big = 1 << 40

type MyInt int

const c8 int8 = 100

func g() int {
	x := 1
	if x > 0 {
		return 1
	}
}

func h() (r int) {
	for {
	}
}

func main() {
	var a int
	b := 2
	var m MyInt = 3
	var i int = 4
	_ = m + i
	_ = c8 * 2
	_ = int8(300)
	_ = big
	var u uint8 = 255
	u = u << 1
	p := &a
	_ = *p
	var q *int = nil
	_ = q == nil
	_ = p == 3
	s := []int{1, 2}
	_ = s == s
	fmt.Println(b)
}
