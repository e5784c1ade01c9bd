package main

import "fmt"

type N struct {
	v    int
	next *N
}

func main() {
	n := &N{1, &N{2, nil}}
	for p := n; ; p = p.next {
		fmt.Println(p.v)
	}
}
