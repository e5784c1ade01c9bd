package main

import "fmt"

func main() {
	s := make([]int, 5, 8)
	for i := range s {
		s[i] = i + 1
	}
	t := s[1:3]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 100)
	fmt.Println(s, t)
	u := s[2:]
	u[0] = -3
	fmt.Println(s, u, len(u), cap(u))
	w := s[:0]
	fmt.Println(w, len(w), cap(w))
	x := s[:]
	x = append(x, 6, 7, 8)
	x[0] = 0
	fmt.Println(s, x, len(x), cap(x))
	x = append(x, 9)
	x[1] = 0
	fmt.Println(s, x, len(x), cap(x))
	var arr [6]int
	as := arr[2:4]
	as[1] = 5
	fmt.Println(arr, as, cap(as))
	m := make([][]int, 3)
	for i := range m {
		m[i] = make([]int, i+1)
		for j := range m[i] {
			m[i][j] = i * j
		}
	}
	fmt.Println(m)
}
