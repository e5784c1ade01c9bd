package main

import "fmt"

type Big struct {
	pad [100000]int
	x   int
}

func get(b *Big) int { return b.x }

func main() {
	b := new(Big)
	b.x = 3
	fmt.Println(get(b))
	fmt.Println(get(nil))
}
