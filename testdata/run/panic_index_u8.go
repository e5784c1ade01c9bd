package main

import "fmt"

func main() {
	var a [200]int
	var i uint8 = 250
	fmt.Println(a[199])
	fmt.Println(a[i])
}
