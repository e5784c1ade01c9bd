package main

import "fmt"

type S struct {
	items []int
	name  string
}

func main() {
	var ps *S
	fmt.Println(ps == nil)
	fmt.Println(len(ps.items))
}
