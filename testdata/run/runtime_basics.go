package main

import (
	"fmt"
	"runtime"
)

type node struct {
	next *node
	v    int
}

func build(n int) *node {
	var head *node
	for i := 0; i < n; i++ {
		head = &node{head, i}
	}
	return head
}

func main() {
	fmt.Println(runtime.GOOS, runtime.Compiler, runtime.NumGoroutine())
	head := build(100000)
	runtime.GC()
	runtime.Gosched()
	sum := 0
	for p := head; p != nil; p = p.next {
		sum += p.v
	}
	fmt.Println(sum)
	x := new(int)
	*x = 7
	runtime.KeepAlive(x)
	prev := runtime.GOMAXPROCS(0)
	fmt.Println(prev == runtime.NumCPU(), runtime.GOMAXPROCS(0) == prev)
	runtime.GC()
	fmt.Println(*x, head.v)
}
