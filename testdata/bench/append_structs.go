// Benchmark: heap allocation through append and escaping pointers.
package main

import "fmt"

type node struct {
	id   int
	next *node
}

func build(n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{id: i, next: head}
	}
	return head
}

func main() {
	total := 0
	for round := 0; round < 20; round++ {
		var ids []int
		for p := build(100000); p != nil; p = p.next {
			ids = append(ids, p.id)
		}
		total += len(ids)
	}
	fmt.Println(total)
}
