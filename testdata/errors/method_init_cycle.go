package main

type T struct{}

func (T) Get() int { return x }

var x = T{}.Get()

func main() { println(x) }
