package main

import "fmt"

func main() {
	s := make([]int, 3)
	var lo uint64 = 1<<63 + 5
	fmt.Println(len(s[lo-lo:]))
	fmt.Println(len(s[lo:]))
}
