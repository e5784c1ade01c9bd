package main

import "fmt"

func main() {
	s := make([]int, 3, 5)
	i, j := 2, 6
	fmt.Println(s[:5], len(s[i:]))
	fmt.Println(s[i:j])
}
