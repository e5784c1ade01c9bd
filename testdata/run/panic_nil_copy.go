package main

import "fmt"

type Pt struct{ a, b, c, d, e, f, g, h, i, j int }

func main() {
	var p *Pt
	var q Pt
	fmt.Println(q)
	q = *p
	fmt.Println(q)
}
