package main

import "fmt"

func main() {
	a := [10]int{0, 1, 2, 3, 4, 5, 6, 7, 8, 9}
	s := a[2:5]
	fmt.Println(s, len(s), cap(s))
	t := a[2:5:6]
	fmt.Println(t, len(t), cap(t))
	t = append(t, 100)
	fmt.Println(a, t)
	t = append(t, 200)
	t[0] = -1
	fmt.Println(a, t, len(t), cap(t))
	u := s[1:cap(s)]
	fmt.Println(u, len(u), cap(u))
	v := s[:0]
	fmt.Println(v, len(v), cap(v))
	w := a[:]
	w[9] = 99
	fmt.Println(a[9], len(w[3:]), cap(w[3:7:8]))
	pa := &a
	ps := pa[4:6]
	fmt.Println(ps, pa[1], len(pa))
	x := make([]int, 3, 10)
	y := x[1:2:5]
	y = append(y, 7, 8)
	fmt.Println(x, x[:5], y, cap(y))
	y = append(y, 9)
	fmt.Println(x[:5], y, cap(y))
	str := "hello world"
	fmt.Println(str[6:], str[:5], str[3:8], str[11:], len(str[2:2]))
	var ns []int
	fmt.Println(ns[:], ns[0:0], ns == nil, ns[:0] == nil)
	b := make([]byte, 0, 4)
	b1 := append(b, 'a')
	b2 := append(b, 'b')
	fmt.Println(b1, b2)
	i, j, k := 1, 3, 4
	fmt.Println(a[i:j:k], a[i:j], a[:j:k], cap(a[:j:k]))
}
