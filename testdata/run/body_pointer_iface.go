package main

import "fmt"

// A pointer converted to an interface is stored in the interface's data word: only
// the three T values are allocated (gc: &T{...} escapes to heap), never a box for the
// pointer (crates/golift/tests/allocations.rs counts them).

type T struct{ a, b int }

func main() {
	for i := 0; i < 3; i++ {
		t := &T{i, i}
		fmt.Println(t)
	}
}
