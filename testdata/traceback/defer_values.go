package main

import (
	"errors"
	"fmt"
)

type I interface{ M() }

type V int

func (v V) String() string { return fmt.Sprint("V=", int(v)) }

type MyErr struct{ code int }

func (e *MyErr) Error() string { return fmt.Sprint("myerr ", e.code) }

func try(f func()) {
	defer func() {
		r := recover()
		fmt.Printf("%v %T\n", r, r)
	}()
	f()
}

func nilIface() {
	var i I
	defer fmt.Println("deferred before")
	defer i.M()
	fmt.Println("after defer i.M()")
}

func main() {
	try(func() { panic(nil) })
	try(func() { panic(V(3)) })
	try(func() { panic(&MyErr{4}) })
	try(func() { panic(errors.New("plain")) })
	try(func() { a, b := 1, 0; _ = a / b })
	try(func() { var x interface{} = 1; _ = x.(string) })
	try(nilIface)
	var e error = &MyErr{7}
	defer fmt.Println("last")
	panic(e)
}
