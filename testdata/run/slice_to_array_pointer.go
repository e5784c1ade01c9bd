package main

// Converting a slice to a pointer to an array (Go 1.17): the slice's own array when it
// is long enough, a run-time panic in gc's words when it is not.

import "fmt"

func main() {
	s := []int{1, 2, 3}
	p := (*[2]int)(s)
	p[1] = 9
	fmt.Println(s, *p, len(p))
	q := (*[0]int)(s)
	fmt.Println(q != nil)
	var e []int
	fmt.Println((*[0]int)(e) == nil)
	_ = (*[4]int)(s)
}
