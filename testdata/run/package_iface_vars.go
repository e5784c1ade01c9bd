package main

import "fmt"

// Package-level variables initialised with values converted to interfaces: gc lays
// the boxed values out as static data.

type I interface{ M() int }
type T struct{ x int }

func (t T) M() int { return t.x }

type F float64

func (f F) M() int { return int(f * 2) }

var i I = T{4}
var e interface{} = T{5}
var xs = []I{T{1}, T{2}, F(1.5)}
var m = struct{ a, b interface{} }{T{6}, 7.5}
var p = &[2]interface{}{"s", F(2)}

func main() {
	println(i.M(), e.(T).x, xs[1].M(), xs[2].M())
	fmt.Println(m.a, m.b, p[0], p[1])
	i = T{9}
	fmt.Println(i, e, xs)
}
