package main

import "fmt"

func swap(a, b *int) {
	*a, *b = *b, *a
}

func inc(p *int) {
	*p++
}

func counter() *int {
	n := 100
	return &n
}

func main() {
	x, y := 1, 2
	swap(&x, &y)
	fmt.Println(x, y)
	p := &x
	*p = 10
	inc(p)
	inc(&y)
	fmt.Println(x, y, *p)
	q := new(int)
	fmt.Println(*q)
	*q = 5
	pp := &q
	**pp += 3
	fmt.Println(*q)
	c := counter()
	inc(c)
	inc(c)
	fmt.Println(*c)
	var np *int
	fmt.Println(np == nil, p != nil)
	b := new(bool)
	s := new(string)
	*s = "hello"
	fmt.Println(*b, *s)
}
