package main

import "fmt"

type V struct {
	a [3]int
	s string
}

type Celsius int16

func mk(n int) V { return V{[3]int{n, n * 2, n * 3}, "v"} }

func arr(n int) [4]byte { return [4]byte{byte(n), byte(n >> 8), byte(n >> 16), byte(n >> 24)} }

func pair(n int) (V, [4]byte) { return mk(n), arr(n) }

func main() {
	fmt.Println(mk(1) == mk(1), mk(1) == mk(2), mk(3).a[2], len(mk(4).s))
	fmt.Println(arr(0x01020304), arr(-1)[3], arr(258) == [4]byte{2, 1, 0, 0})
	v, b := pair(5)
	fmt.Println(v, b)
	x := mk(7).a
	x[0] = 0
	fmt.Println(x, mk(7).a)
	var c Celsius = -40
	println(c, Celsius(100), uint8(c))
	fmt.Println(c, []Celsius{1, 2})
	total := 0
	for _, e := range mk(10).a {
		total += e
	}
	for i := range arr(1) {
		total += i
	}
	fmt.Println(total)
}
