package main

import "fmt"

type P struct{ n int }

func (p *P) String() string { return fmt.Sprint("P", p.n) }

type Bad int

func (b Bad) String() string { panic("bad stringer") }

type E struct{}

func (e E) Error() string { var s []int; return fmt.Sprint(s[2]) }

func main() {
	var p *P
	fmt.Println(p)
	fmt.Printf("[%5v] [%s]\n", p, Bad(1))
	fmt.Println(E{}, &P{3})
	fmt.Printf("%d %x\n", Bad(2), Bad(3))
}
