// errorcheck -0 -m -l

package main

type Node struct {
	Val  int
	Next *Node
}

func fib(n int) int {
	if n < 2 {
		return n
	}
	return fib(n-1) + fib(n-2)
}

func build(n int) *Node {
	if n == 0 {
		return nil
	}
	return &Node{Val: n, Next: build(n - 1)} // ERROR "&Node\{\.\.\.\} escapes to heap$"
}

func sum(n *Node) int { // ERROR "n does not escape$"
	if n == nil {
		return 0
	}
	return n.Val + sum(n.Next)
}

func last(n *Node) *Node { // ERROR "leaking param: n to result ~r0 level=0$"
	if n.Next == nil {
		return n
	}
	return last(n.Next)
}

func countDown(p *int) { // ERROR "p does not escape$"
	if *p == 0 {
		return
	}
	*p--
	countDown(p)
}

func main() {
	c := 5
	countDown(&c)
	l := build(3)
	println(fib(10), sum(l), last(l).Val, c)
}
