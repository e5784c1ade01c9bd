package main

import "fmt"

func main() {
	s := make([]int, 3)
	var j uint = 1<<64 - 1
	fmt.Println(len(s[:2]))
	fmt.Println(len(s[1:j]))
}
