// Run-time errors recovered as runtime.Error values, through maps and closures.
package main

import (
	"errors"
	"fmt"
)

type T struct{ name string }

func (t *T) String() string { return "T(" + t.name + ")" }

func try(name string, f func()) {
	defer func() {
		r := recover()
		if err, ok := r.(error); ok {
			fmt.Println(name, "error:", err)
			return
		}
		fmt.Println(name, "value:", r)
	}()
	f()
}

func main() {
	var m map[string]int
	try("nil map write", func() { m["a"] = 1 })
	try("nil map read", func() { fmt.Println(m["a"], len(m)) })
	s := []int{1, 2, 3}
	i := 5
	try("index", func() { _ = s[i] })
	var p *T
	try("nil deref", func() { _ = p.name })
	var f func()
	try("nil func", func() { f() })
	var x interface{} = "str"
	try("assert", func() { _ = x.(int) })
	try("custom", func() { panic(&T{"x"}) })
	try("errors.New", func() { panic(errors.New("boom")) })
	mm := map[interface{}]int{}
	try("unhashable", func() { mm[[]int{1}] = 2 })
	defer fmt.Println("deferred in main runs")
	defer func() {
		r := recover()
		fmt.Println("main recovered:", r)
	}()
	panic("first")
}
