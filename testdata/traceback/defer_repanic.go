package main

import "fmt"

type S struct{ v int }

func (s S) String() string { return fmt.Sprint("S#", s.v) }

func again() {
	r := recover()
	fmt.Println("recovered", r)
	panic(fmt.Sprint("again ", r))
}

func work(n int) {
	defer fmt.Println("work deferred", n)
	if n == 0 {
		panic(S{1})
	}
	work(n - 1)
}

func main() {
	defer again()
	work(2)
}
