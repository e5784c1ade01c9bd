package main

import "fmt"

func main() {
	s := "abc"
	var j uint64 = 1 << 63
	fmt.Println(s[:2])
	fmt.Println(s[:j])
}
