package main

import "fmt"

var sink interface{}

func f(y interface{}) bool {
	var ok bool
	sink, *(&ok) = y.(*int)
	return ok
}

func main() {
	n := 3
	fmt.Println(f(nil), sink == nil, f(&n), sink.(*int) == &n)
}
