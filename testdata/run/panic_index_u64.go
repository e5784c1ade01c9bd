package main

import "fmt"

func main() {
	s := []int{1, 2, 3}
	var i uint64 = 1 << 63
	fmt.Println(s[2])
	fmt.Println(s[i])
}
