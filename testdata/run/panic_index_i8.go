package main

import "fmt"

func main() {
	s := "hello"
	var i int8 = -3
	fmt.Println(s[4])
	fmt.Println(s[i])
}
