package main

import "fmt"

type I interface {
	M()
	N()
}

type T int

func (T) M() {}

func main() {
	var x interface{} = T(1)
	_, ok := x.(I)
	fmt.Println(ok)
	_ = x.(I)
}
