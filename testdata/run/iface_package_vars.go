package main

import "fmt"

// Package variables initialised by conversions to interfaces (gc lays these out
// statically).

type Inter interface{ M() int64 }

type T int64

func (t T) M() int64 { return int64(t) }

type Big struct{ a, b, c int }

func (b Big) M() int64 { return int64(b.a + b.b + b.c) }

var t = T(5)
var ti Inter = t
var e interface{} = t
var f interface{} = 3.5
var bi Inter = Big{1, 2, 3}
var pt = &t
var pi Inter = pt

func main() {
	fmt.Println(ti.M(), e.(T), f.(float64), bi.M(), pi.M())
	t = 7
	fmt.Println(ti.M(), pi.M())
}
