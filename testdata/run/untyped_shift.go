package main

import "fmt"

func main() {
	s := uint(3)
	var a int8 = 1 << s
	var b uint8 = 1<<s + 250
	var c int64 = 1 << (s * 20)
	var d uint16 = 0xFFFF >> s
	fmt.Println(a, b, c, d, 1<<s, -1>>s)
	e := 1 << s
	f := int32(1) << (s * 10)
	fmt.Println(e, f, uint8(1<<s), int16(1)<<(s*5))
	var g uint32 = 1 << 31 >> s
	fmt.Println(g)
	for i := uint(0); i < 10; i++ {
		var x int8 = 1 << i
		var y uint8 = 1 << i
		fmt.Print(x, ":", y, " ")
	}
	fmt.Println()
	h := 7
	h, k := 8, h
	fmt.Println(h, k)
	var u uint = 1<<64 - 1
	u++
	fmt.Println(u, u-1)
	idx := "abc"[1]
	arr := [4]int{}
	const n = len(arr)
	fmt.Println(idx, n)
	rr := 0
	for i, v := range mk() {
		rr += i * v
	}
	fmt.Println(rr, calls)
}

var calls int

func mk() []int {
	calls++
	return []int{1, 2, 3}
}
