package main

// Channel types without channel operations: type switches and assertions on every
// direction, fmt's verbs on nil channels, channels in arrays and comparable structs.

import "fmt"

type C chan int

func kind(x any) string {
	switch x.(type) {
	case chan int:
		return "chan int"
	case <-chan int:
		return "<-chan int"
	case chan<- int:
		return "chan<- int"
	case C:
		return "C"
	case chan (<-chan int):
		return "chan (<-chan int)"
	}
	return "other"
}

func main() {
	var a chan int
	var b <-chan int
	var c chan<- int
	var d C
	var e chan (<-chan int)
	var f chan<- chan int
	fmt.Println(kind(a), kind(b), kind(c), kind(d), kind(e), kind(f))
	fmt.Printf("%v %T %#v\n", f, f, a)
	m := [2]chan int{}
	fmt.Println(m, m[0] == m[1])
	type S struct {
		c chan string
		n int
	}
	fmt.Printf("%+v\n", S{})
	s1, s2 := S{}, S{n: 1}
	fmt.Println(s1 == s2, s1 == S{})
}
