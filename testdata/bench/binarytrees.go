// Benchmark: binary-trees of the Benchmarks Game (a single-threaded version of our own):
// millions of small heap objects, allocated and dropped; the collector's workload.
// Depth: os.Args[1] or 18.
package main

import (
	"fmt"
	"os"
)

type node struct {
	left, right *node
}

func argOr(def int) int {
	if len(os.Args) < 2 {
		return def
	}
	n := 0
	for _, c := range os.Args[1] {
		n = n*10 + int(c-'0')
	}
	return n
}

func build(depth int) *node {
	if depth == 0 {
		return &node{}
	}
	return &node{build(depth - 1), build(depth - 1)}
}

func check(t *node) int {
	if t.left == nil {
		return 1
	}
	return 1 + check(t.left) + check(t.right)
}

func main() {
	maxDepth := argOr(18)
	minDepth := 4
	if maxDepth < minDepth+2 {
		maxDepth = minDepth + 2
	}
	stretch := maxDepth + 1
	fmt.Printf("stretch tree of depth %d\t check: %d\n", stretch, check(build(stretch)))
	longLived := build(maxDepth)
	for d := minDepth; d <= maxDepth; d += 2 {
		iterations := 1 << uint(maxDepth-d+minDepth)
		sum := 0
		for i := 0; i < iterations; i++ {
			sum += check(build(d))
		}
		fmt.Printf("%d\t trees of depth %d\t check: %d\n", iterations, d, sum)
	}
	fmt.Printf("long lived tree of depth %d\t check: %d\n", maxDepth, check(longLived))
}
