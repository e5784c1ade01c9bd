package main

import (
	"errors"
	"fmt"
)

func safe(f func()) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	f()
	return nil
}

func counter() (n int) {
	for i := 0; i < 4; i++ {
		defer func(k int) { n += k }(i)
	}
	return 100
}

type E struct{ msg string }

func (e *E) Error() string { return "E:" + e.msg }

func main() {
	fmt.Println(safe(func() { panic("one") }))
	fmt.Println(safe(func() { var a []int; _ = a[3] }))
	fmt.Println(safe(func() {}))
	fmt.Println(counter())
	x := 5
	defer func() { fmt.Println("x at exit", x) }()
	x = 6
	func() {
		defer func() {
			r := recover()
			err, ok := r.(error)
			fmt.Println("is error:", ok, err)
		}()
		var m *E
		_ = m.msg
	}()
	defer func() {
		r := recover()
		fmt.Println("main recovered:", r)
		panic(errors.New("final"))
	}()
	panic(&E{"boom"})
}
