package main

import "fmt"

func main() {
	x := 1
	for s := int8(2); ; s -= 2 {
		fmt.Println(x << s)
	}
}
