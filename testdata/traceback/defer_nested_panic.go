package main

import "fmt"

func d1() {
	panic("second")
}

func f(s []int) int {
	defer d1()
	return s[4]
}

func main() {
	defer fmt.Println("main defer")
	fmt.Println(f([]int{1}))
}
