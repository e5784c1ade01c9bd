package main

import "fmt"

type S struct {
	a int
	b []int
}

func eq(a, b interface{}) bool { return a == b }

func main() {
	fmt.Println(eq(S{}, 1), eq([]int{1}, "x"))
	var x interface{} = [1]interface{}{1}
	var y interface{} = [1]interface{}{1}
	fmt.Println(x == y)
	x, y = [1]interface{}{[]int{}}, [1]interface{}{[]int{}}
	fmt.Println(x == y)
}
