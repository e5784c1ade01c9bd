package main

import (
	"errors"
	"fmt"
	"runtime"
)

func classify(f func()) {
	defer func() {
		r := recover()
		if re, ok := r.(runtime.Error); ok {
			fmt.Println("runtime.Error:", re.Error())
			re.RuntimeError()
			return
		}
		if e, ok := r.(error); ok {
			fmt.Println("error:", e)
			return
		}
		fmt.Println("other:", r)
	}()
	f()
}

func main() {
	classify(func() { var s []int; s[1]++ })
	classify(func() { var p *int; *p = 1 })
	classify(func() { panic(errors.New("e")) })
	classify(func() { panic(42) })
	classify(func() { var x interface{} = "s"; _ = x.(int) })
	var e runtime.Error
	fmt.Println(e == nil)
}
