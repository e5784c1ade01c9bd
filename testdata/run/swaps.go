package main

import "fmt"

type T struct {
	x, y int
	arr  [3]int
}

func two() (int, int) { return 1, 2 }

func main() {
	a, b := 1, 2
	a, b = b, a
	fmt.Println(a, b)
	a, b, c := 1, 2, 3
	a, b, c = c, a, b
	fmt.Println(a, b, c)
	s := []int{10, 20, 30, 40}
	i, j := 0, 3
	s[i], s[j] = s[j], s[i]
	fmt.Println(s)
	i, s[i] = 2, 99
	fmt.Println(i, s)
	s[1], s[2], s[3] = s[3], s[1], s[2]
	fmt.Println(s)
	t := T{1, 2, [3]int{4, 5, 6}}
	t.x, t.y = t.y, t.x
	t.arr[0], t.arr[2] = t.arr[2], t.arr[0]
	fmt.Println(t)
	p := &t
	p.x, p.arr[1] = p.arr[1], p.x
	fmt.Println(t)
	u, v := T{x: 1}, T{x: 2}
	u, v = v, u
	fmt.Println(u.x, v.x)
	arr := [3]string{"a", "b", "c"}
	arr[0], arr[1], arr[2] = arr[2], arr[0], arr[1]
	fmt.Println(arr)
	x, y := two()
	x, y = y, x
	fmt.Println(x, y)
	k := 0
	k, s[k] = 1, 7
	fmt.Println(k, s)
	q := &a
	*q, a = 100, 200
	fmt.Println(a, *q)
	m, n := 5, 6
	m, n = n+m, m*n
	fmt.Println(m, n)
	var _, w = two()
	fmt.Println(w)
	_, _ = two()
}
