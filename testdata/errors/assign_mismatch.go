package main

import "fmt"

func main() {
	var n int
	s := "str"
	n = s
	fmt.Println(n)
}
