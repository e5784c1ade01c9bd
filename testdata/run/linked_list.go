package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func push(head *Node, v int) *Node {
	return &Node{Val: v, Next: head}
}

func reverse(head *Node) *Node {
	var prev *Node
	for head != nil {
		next := head.Next
		head.Next = prev
		prev = head
		head = next
	}
	return prev
}

func toSlice(head *Node) []int {
	var out []int
	for n := head; n != nil; n = n.Next {
		out = append(out, n.Val)
	}
	return out
}

func length(n *Node) int {
	if n == nil {
		return 0
	}
	return 1 + length(n.Next)
}

func main() {
	var head *Node
	for i := 1; i <= 6; i++ {
		head = push(head, i*i)
	}
	fmt.Println(toSlice(head), length(head))
	head = reverse(head)
	fmt.Println(toSlice(head), length(head))
	fmt.Println(head.Val, head.Next.Val, head.Next.Next == nil)
}
