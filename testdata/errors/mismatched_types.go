package main

import "fmt"

func main() {
	x := 1
	s := "one"
	fmt.Println(x + s)
}
