package main

import "fmt"

type Node struct {
	Val         int
	Left, Right *Node
}

func insert(n *Node, v int) *Node {
	if n == nil {
		return &Node{Val: v}
	}
	if v < n.Val {
		n.Left = insert(n.Left, v)
	} else {
		n.Right = insert(n.Right, v)
	}
	return n
}

func walk(n *Node, out []int) []int {
	if n == nil {
		return out
	}
	out = walk(n.Left, out)
	out = append(out, n.Val)
	return walk(n.Right, out)
}

func height(n *Node) int {
	if n == nil {
		return 0
	}
	l, r := height(n.Left), height(n.Right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func incr(p *int) { *p++ }

func swapPtr(a, b **int) { *a, *b = *b, *a }

func main() {
	var root *Node
	for _, v := range []int{50, 30, 70, 20, 40, 60, 80, 35, 45, 65} {
		root = insert(root, v)
	}
	fmt.Println(walk(root, nil), height(root))
	x := 1
	p := &x
	pp := &p
	**pp = 5
	incr(p)
	incr(&x)
	fmt.Println(x, *p == x, p == &x)
	y := 10
	q := &y
	swapPtr(&p, &q)
	fmt.Println(*p, *q)
	n := new(int)
	*n = 3
	m := new(Node)
	m.Left = new(Node)
	m.Left.Val = 9
	fmt.Println(*n, m.Val, m.Left.Val, m.Right == nil)
	arr := [3]int{1, 2, 3}
	pa := &arr
	pa[1] = 20
	for i, v := range pa {
		fmt.Print(i, v, " ")
	}
	fmt.Println(len(pa))
	pe := &arr[2]
	*pe += 100
	fmt.Println(arr)
	ps := new([]int)
	*ps = append(*ps, 1, 2)
	fmt.Println(*ps, len(*ps))
	type2 := &struct0{}
	type2.a.b = 4
	fmt.Println(*type2)
	var np *Node
	fmt.Println(np == nil, root != nil)
}

type inner0 struct{ b int }
type struct0 struct{ a inner0 }
