package main

import "fmt"

func main() {
	var a int32 = 1
	var b int64 = 2
	var c uint8 = 3
	fmt.Println(a + b)
	c = a
	fmt.Println(c)
}
