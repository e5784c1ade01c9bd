package main

// Channel values without channel operations: nil channels declared, passed, converted
// between directions, compared, stored in interfaces and printed.

import "fmt"

type C chan int

type Pipe struct {
	in  <-chan string
	out chan<- string
}

func isNil(c <-chan int) bool { return c == nil }

func pick(a, b chan int, first bool) chan int {
	if first {
		return a
	}
	return b
}

func main() {
	var c chan int
	var d C
	var e chan (<-chan int)
	var p Pipe
	println(c == nil, isNil(c), d == nil, e == nil, p.in == nil)
	fmt.Printf("%T %T %T %v\n", c, d, e, c)
	fmt.Printf("%T %T\n", p.in, p.out)
	fmt.Println(c, pick(c, nil, false) == nil)
	var x any = c
	_, ok := x.(chan int)
	_, ok2 := x.(<-chan int)
	fmt.Println(ok, ok2)
	var s chan<- int = c
	fmt.Println(s == nil, x == any(c))
	r := (<-chan int)(c)
	fmt.Printf("%T %T %v\n", r, (chan (<-chan int))(e), isNil(r))
}
