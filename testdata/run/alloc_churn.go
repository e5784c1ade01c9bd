package main

import "fmt"

var keep []byte

type Node struct {
	v    int
	next *Node
}

func main() {
	total := 0
	for i := 0; i < 1000000; i++ {
		keep = make([]byte, 1000+i%7)
		total += len(keep)
	}
	fmt.Println(total)
	var head *Node
	for round := 0; round < 20; round++ {
		head = nil
		for i := 0; i < 100000; i++ {
			head = &Node{i, head}
		}
	}
	n := 0
	for p := head; p != nil; p = p.next {
		n++
	}
	fmt.Println(n)
}
