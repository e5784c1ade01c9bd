package main

import "fmt"

var a = b + c
var b = f("b", 2)
var c = f("c", d*2)
var d = 5
var total = sum(list)
var list = []int{a, b, c, d}
var arr = [3]int{d, d * 2, e}
var e = len(msg)
var msg = greet + ", world"
var greet = "hello"
var p = &Point{X: a, Y: b}
var q = p
var cnt int
var zero [4]int
var names []string

type Point struct{ X, Y int }

func f(name string, v int) int {
	cnt++
	println("init", name, v, cnt)
	return v + cnt
}

func sum(s []int) int {
	t := 0
	for _, v := range s {
		t += v
	}
	return t
}

func main() {
	fmt.Println(a, b, c, d, total, list, arr, e, msg)
	fmt.Println(*p, q == p, cnt, zero, names == nil)
	q.X = 99
	fmt.Println(p.X)
	names = append(names, msg)
	fmt.Println(names)
}
