package main

import "fmt"

func main() {
	n := 1 << 62
	s := make([]int32, 1, n)
	fmt.Println(len(s))
}
