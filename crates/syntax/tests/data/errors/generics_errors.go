package main

type T[P any, Q] struct{}
func f[](x int) {}
func g(a int, b) {}
type I interface { m[T any]() }
var c <-chan <-chan int
func h(x ...) {}
