package main

import "fmt"

var keep []*int

func main() {
	i := 0
L:
	x := i * 10
	p := &x
	keep = append(keep, p)
	i++
	if i < 3 {
		goto L
	}
	for _, q := range keep {
		fmt.Println(*q)
	}
	n := 0
	for {
		switch {
		case n < 2:
			n++
			goto next
		}
		break
	next:
		fmt.Println("next", n)
	}
	var arr [3]int
	j := 0
fill:
	arr[j] = j * j
	j++
	if j < len(arr) {
		goto fill
	}
	fmt.Println(arr)
}
