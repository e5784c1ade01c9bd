package main

import "fmt"

func main() {
	fmt.Println("before")
	var n int8 = -3
	panic(n)
}
