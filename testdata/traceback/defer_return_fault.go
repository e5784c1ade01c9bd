package main

import "fmt"

func bad() {
	var m *int
	fmt.Println(*m)
}

func g() (x int) {
	defer bad()
	x = 3
	return x
}

func main() {
	fmt.Println(g())
}
