package main

import "fmt"

type T struct {
	A int
	B int
}

func get(t *T) int {
	return t.B
}

func main() {
	t := &T{1, 2}
	fmt.Println(get(t))
	t = nil
	fmt.Println(get(t))
}
