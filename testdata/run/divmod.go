package main

import "fmt"

func main() {
	xs := []int{7, -7, 7, -7, 0, 13, -13}
	ys := []int{2, 2, -2, -2, 5, 4, -4}
	for i := range xs {
		x, y := xs[i], ys[i]
		fmt.Println(x, y, x/y, x%y)
	}
	var a int32 = -2147483648
	var m int32 = -1
	fmt.Println(a/m, a%m)
	var b int64 = -9223372036854775808
	var n int64 = -1
	fmt.Println(b/n, b%n)
	var u uint8 = 200
	var v uint8 = 7
	fmt.Println(u/v, u%v)
	var w uint = 18446744073709551615
	fmt.Println(w/10, w%10)
	fmt.Println(-7/2, -7%2, 7/-2, 7%-2)
}
