// gc's deadcode pass: code under a constant condition that is never taken, and
// statements after a constant if whose branch returns or panics, get no -m notes.

package main

import "fmt"

const verbose = false
const debug = true

var sink interface{}

func f(n int) int {
	if verbose {
		x := n
		sink = &x
		fmt.Println("verbose", n)
	}
	if debug && n > 100 {
		y := n
		sink = &y
	}
	if false && n > 0 {
		sink = n
	}
	if !debug {
		sink = "no"
	} else {
		z := 1
		fmt.Println(z)
	}
	if debug {
		return n + 1
	}
	w := n
	sink = &w
	return w
}

func g(n int) {
	if true || n > 1 {
		panic(n)
	}
	v := n
	sink = &v
}

func h(n int) int {
	switch n {
	case 1:
		if true {
			return 1
		}
		fmt.Println(n)
	}
	if true {
		return 2
	}
L:
	k := n
	sink = &k
	if n > 5 {
		goto L
	}
	return 0
}

func main() {
	fmt.Println(f(3), h(1))
}
