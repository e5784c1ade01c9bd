package main

import "fmt"

func g(a int) (int, bool) {
	return a, a > 0
}

func main() {
	n, ok := g(1, 2)
	fmt.Println(n, ok)
}
