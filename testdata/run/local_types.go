package main

import "fmt"

type point struct{ x, y int }

func sum(n int) int {
	type node struct {
		val  int
		next *node
	}
	var head *node
	for i := 1; i <= n; i++ {
		head = &node{val: i, next: head}
	}
	s := 0
	for p := head; p != nil; p = p.next {
		s += p.val
	}
	return s
}

func pairs() int {
	type pair struct{ a, b int }
	ps := []pair{{1, 2}, {3, 4}}
	t := 0
	for _, p := range ps {
		t += p.a * p.b
	}
	{
		type pair [2]int
		var q pair
		q[1] = 5
		t += q[1]
	}
	return t
}

func keep() *point {
	type alias = point
	type celsius int
	var c celsius = 3
	p := &alias{x: int(c), y: 2}
	return p
}

func main() {
	fmt.Println(sum(10), pairs(), keep().x, embedded())
}

type Counter struct{ n int }

func (c *Counter) Inc()    { c.n++ }
func (c Counter) Get() int { return c.n }

func embedded() int {
	type wrapped struct {
		Counter
		label string
	}
	var w wrapped
	w.Inc()
	w.Counter.Inc()
	return w.Get()
}
