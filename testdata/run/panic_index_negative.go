package main

import "fmt"

func idx(n int) int {
	return n - 10
}

func main() {
	s := make([]string, 3)
	fmt.Println(len(s))
	fmt.Println(s[idx(2)])
}
