package main

import "fmt"

type Stringer interface{ String() string }

type T struct{ s string }

func (t T) String() string { return t.s }

func show(s Stringer) {
	fmt.Println(s.String())
}

func main() {
	show(T{"hello"})
	var s Stringer
	fmt.Println(s == nil)
	show(s)
}
