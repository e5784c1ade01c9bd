package main

import "fmt"

var limit = 3

func init() {
	fmt.Println("checking limit")
	switch {
	case limit > 2:
		panic("limit too high")
	}
}

func main() {
	fmt.Println("not reached")
}
