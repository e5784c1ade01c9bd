package main

import "fmt"

func modify(a [5]int) [5]int {
	a[0] = 100
	return a
}

func modifyPtr(a *[5]int) {
	a[1] = 200
}

func sum(a [5]int) int {
	s := 0
	for _, v := range a {
		s += v
	}
	return s
}

func main() {
	var a [5]int
	for i := range a {
		a[i] = i * i
	}
	b := a
	b[2] = -1
	c := modify(a)
	fmt.Println(a, b, c)
	modifyPtr(&a)
	fmt.Println(a, len(a), cap(a))
	fmt.Println(sum(a), sum(b), sum(c))
	fmt.Println(a == c, a == a, b != a)
	grid := [3][3]int{{1, 2, 3}, {4, 5, 6}, {7, 8, 9}}
	g2 := grid
	g2[1][1] = 0
	fmt.Println(grid, g2)
	s := a[1:4]
	s[0] = 7
	fmt.Println(a, s, len(s), cap(s))
	names := [3]string{"a", "bb", "ccc"}
	fmt.Println(names, len(names[2]))
	bools := [4]bool{true, false, true}
	fmt.Println(bools)
}
