package main

import "fmt"

func main() {
	var s []int
	oldcap := -1
	for i := 0; i < 2000; i++ {
		s = append(s, i)
		if cap(s) != oldcap {
			fmt.Println(len(s), cap(s))
			oldcap = cap(s)
		}
	}
	var b []byte
	oldcap = -1
	for i := 0; i < 300; i++ {
		b = append(b, byte(i))
		if cap(b) != oldcap {
			fmt.Println("bytes", len(b), cap(b))
			oldcap = cap(b)
		}
	}
	t := make([]int, 3, 10)
	fmt.Println(len(t), cap(t), t)
	t = append(t, 1, 2, 3)
	fmt.Println(len(t), cap(t), t)
	u := append(t[:2], 99)
	fmt.Println(t, u)
	v := append([]int{}, t...)
	v[0] = -1
	fmt.Println(t[0], v[0])
}
