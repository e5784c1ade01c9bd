package main

import "fmt"

var table = []int{1, 2, 3}

func init() {
	fmt.Println("first init")
}

func lookup(i int) int {
	switch {
	case i >= 0:
		return table[i]
	}
	return -1
}

func init() {
	fmt.Println("second init", lookup(1))
	fmt.Println(lookup(len(table)))
}

func main() {
	fmt.Println("not reached")
}
