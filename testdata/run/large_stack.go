package main

import "fmt"

func fill() int {
	var a [100000]int
	for i := range a {
		a[i] = i * 3
	}
	s := 0
	for _, v := range a {
		s += v % 11
	}
	return s
}

func byval(a [5000]int32) int32 {
	a[0] = 7
	return a[0] + a[4999]
}

type Mat struct {
	m [64][64]int16
}

func ident() Mat {
	var m Mat
	for i := 0; i < 64; i++ {
		m.m[i][i] = 1
	}
	return m
}

func trace(m Mat) int {
	t := 0
	for i := 0; i < 64; i++ {
		t += int(m.m[i][i])
	}
	return t
}

func main() {
	fmt.Println(fill())
	var b [5000]int32
	b[4999] = 5
	fmt.Println(byval(b), b[0])
	m := ident()
	m2 := m
	m2.m[3][3] = 9
	fmt.Println(trace(m), trace(m2))
	var big [1 << 20]byte
	big[1<<20-1] = 1
	big[12345] = 2
	c := 0
	for _, x := range big {
		c += int(x)
	}
	fmt.Println(c, len(big))
	s := make([]int, 8192)
	s[8191] = 4
	fmt.Println(len(s), s[8191])
}
