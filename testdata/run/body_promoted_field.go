package main

import "fmt"

// A promoted field is the shallowest one: o.X is Other.X (depth 1), not Mid.Inner.X
// (depth 2); the checker's selection path is what codegen follows.

type Inner struct{ X int }
type Mid struct{ Inner }
type Other struct{ X int }
type Outer struct {
	Mid
	Other
}

type Node struct {
	val  int
	next *Node
}
type Wrap struct{ *Node }

func main() {
	var o Outer
	o.Mid.Inner.X = 1
	o.Other.X = 2
	fmt.Println(o.X, o.Mid.X, o.Inner.X)
	o.X = 5
	p := &o
	p.Mid.X = 7
	fmt.Println(o.Other.X, p.Inner.X, o)
	w := Wrap{&Node{val: 3}}
	w.next = &Node{val: 4}
	fmt.Println(w.val, w.next.val)
}
