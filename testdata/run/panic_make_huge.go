package main

import "fmt"

func main() {
	n := 1 << 47
	s := make([]byte, 10, 20)
	fmt.Println(len(s), cap(s))
	t := make([]int64, n)
	fmt.Println(len(t))
}
