package main

import "fmt"

func f(a int, b string) int {
	return a + len(b)
}

func main() {
	fmt.Println(f(1))
}
