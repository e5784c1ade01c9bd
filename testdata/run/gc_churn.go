package main

import "fmt"

type Node struct {
	key         int
	name        string
	left, right *Node
	data        []int
}

var root *Node
var keepStrs []string

func insert(n *Node, k int) *Node {
	if n == nil {
		s := ""
		for i := 0; i < k%5+1; i++ {
			s += string(rune('a' + (k+i)%26))
		}
		return &Node{key: k, name: s, data: make([]int, k%7+1)}
	}
	if k < n.key {
		n.left = insert(n.left, k)
	} else if k > n.key {
		n.right = insert(n.right, k)
	}
	return n
}

func check(n *Node) (int, int) {
	if n == nil {
		return 0, 0
	}
	c1, s1 := check(n.left)
	c2, s2 := check(n.right)
	if len(n.data) != n.key%7+1 || len(n.name) != n.key%5+1 || n.name[0] != byte('a'+n.key%26) {
		panic("corrupted node")
	}
	return c1 + c2 + 1, s1 + s2 + n.key
}

func garbage(round int) int {
	total := 0
	for i := 0; i < 2000; i++ {
		b := make([]byte, 4096+i%100)
		b[0] = byte(i)
		total += int(b[0]) + len(b)
		var lst *Node
		for j := 0; j < 10; j++ {
			lst = &Node{key: j, left: lst}
		}
		total += lst.key
	}
	return total + round
}

func main() {
	var local []*Node
	var localStr string
	seed := uint32(7)
	for round := 0; round < 40; round++ {
		for i := 0; i < 200; i++ {
			seed = seed*1664525 + 1013904223
			root = insert(root, int(seed>>12)%100000)
		}
		local = append(local, &Node{key: round, data: []int{round, round * 2}})
		localStr += string(rune('A' + round%26))
		keepStrs = append(keepStrs, localStr)
		g := garbage(round)
		if round%10 == 9 {
			c, s := check(root)
			fmt.Println(round, c, s, g)
		}
	}
	for i, n := range local {
		if n.key != i || n.data[1] != 2*i {
			panic("corrupted local")
		}
	}
	fmt.Println(len(local), localStr, len(keepStrs), keepStrs[5], keepStrs[39][30:])
}
