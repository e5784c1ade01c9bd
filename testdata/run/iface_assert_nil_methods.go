package main

import "fmt"

type I interface{ M() }
type J interface {
	M()
	N()
}

func main() {
	var i I
	_, ok := i.(J)
	fmt.Println(ok)
	_ = i.(J)
}
