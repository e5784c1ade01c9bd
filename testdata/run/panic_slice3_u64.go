package main

import "fmt"

func main() {
	var a [4]int
	var i, j uint = 1<<64 - 2, 2
	fmt.Println(len(a[1:j:3]))
	fmt.Println(len(a[i:j:3]))
}
