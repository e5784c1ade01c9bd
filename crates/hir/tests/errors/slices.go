package main

type P struct{ x, y int }

func f() (int, int) { return 1, 2 }

func main() {
	x := f()
	var v P
	v.z = 1
	v = P{x: 1, x: 2}
	var arr [3]int
	_ = arr[1:5]
	_ = arr[2:1]
	str := "hello"
	_ = str[1:2:3]
	y := 1
	y = 2
L:
	for i := 0; i < 3; i++ {
		break L
	}
	for range 10 {
	}
	var t T
	_ = x
}
