package main

import "fmt"

type node struct {
	next *node
	v    [4]int
}

func build(n int) *node {
	var h *node
	for i := 0; i < n; i++ {
		h = &node{next: h, v: [4]int{i, i, i, i}}
	}
	return h
}

func sum(h *node) (s int) {
	for ; h != nil; h = h.next {
		s += h.v[0]
	}
	return
}

func many(n int) (total int) {
	for i := 0; i < n; i++ {
		h := build(10)
		defer func(h *node) { total += sum(h) }(h)
	}
	_ = build(100000)
	return 0
}

func rec(d int) (r int) {
	defer func() {
		if x := recover(); x != nil {
			r = x.(int) + d
		}
	}()
	if d == 0 {
		panic(1000)
	}
	return rec(d-1) + 1
}

func deep(d int) int {
	if d == 0 {
		var p *node
		return p.v[0]
	}
	return deep(d-1) + 1
}

func catchDeep() (r string) {
	defer func() { r = fmt.Sprint(recover()) }()
	deep(5000)
	return "no"
}

func main() {
	fmt.Println(many(20000))
	fmt.Println(rec(100))
	for i := 0; i < 3; i++ {
		fmt.Println(catchDeep())
	}
}
