package main

import "fmt"

func modify(s []int) {
	for i := range s {
		s[i] *= 10
	}
}

func grow(s []int) []int {
	return append(s, 1000)
}

func reverse(s []byte) {
	for i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {
		s[i], s[j] = s[j], s[i]
	}
}

func main() {
	a := []int{1, 2, 3, 4, 5}
	b := a[1:3]
	modify(b)
	fmt.Println(a, b)
	c := grow(b)
	fmt.Println(a, c, len(c), cap(c))
	d := grow(a)
	d[0] = -1
	fmt.Println(a[0], d[0])
	e := make([]int, 2, 10)
	f := grow(e)
	g := grow(e)
	fmt.Println(f, g)
	arr := [4]int{1, 2, 3, 4}
	s := arr[:]
	s[0] = 9
	fmt.Println(arr)
	p := &arr[2]
	*p = 77
	fmt.Println(s)
	s = append(s, 5)
	s[1] = -2
	fmt.Println(arr, s)
	bs := []byte("abcdef")
	reverse(bs[1:5])
	fmt.Println(string(bs))
	var grid [][]int
	for i := 0; i < 3; i++ {
		row := make([]int, 3)
		for j := range row {
			row[j] = i * j
		}
		grid = append(grid, row)
	}
	grid[1][2] = 50
	fmt.Println(grid, len(grid))
	shared := make([]int, 3)
	rows := [][]int{shared, shared}
	rows[0][1] = 1
	fmt.Println(rows)
	ptrs := []*int{&a[0], &a[1]}
	*ptrs[1] = 222
	fmt.Println(a)
}
