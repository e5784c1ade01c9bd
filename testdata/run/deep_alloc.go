package main

import "fmt"

type Frame struct {
	depth int
	buf   []byte
	up    *Frame
}

func descend(f *Frame, n int) int {
	if n == 0 {
		t := 0
		for p := f; p != nil; p = p.up {
			t += len(p.buf) + p.depth%3
		}
		return t
	}
	nf := &Frame{depth: n, buf: make([]byte, n%50), up: f}
	if n%1000 == 0 {
		junk := make([]byte, 1<<20)
		junk[0] = 1
	}
	return descend(nf, n-1)
}

func main() {
	fmt.Println(descend(nil, 100000))
	fmt.Println(descend(&Frame{depth: 1, buf: make([]byte, 7)}, 30000))
}
