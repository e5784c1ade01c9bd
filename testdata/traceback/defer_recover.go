package main

import (
	"errors"
	"fmt"
	"os"
)

type S struct{ v int }

func (s S) String() string { return fmt.Sprint("S#", s.v) }

type I interface{ M() }

func (s S) M() { fmt.Println("M", s.v) }

func helper() interface{} { return recover() }

func indirect() (r string) {
	defer func2(&r)
	panic("x")
}

func func2(r *string) {
	v := helper() // not direct: nil
	*r = fmt.Sprint("helper got ", v)
	if v2 := recover(); v2 != nil {
		*r += fmt.Sprint(" direct got ", v2)
	}
}

func deferRecover() {
	defer recover()
	panic("not recovered by defer recover()")
}

func catch() {
	fmt.Println("catch:", recover())
}

func tryDR() {
	defer catch()
	deferRecover()
}

func ifaceDefer() {
	var i I = S{3}
	defer i.M()
	defer S{4}.M()
	i = S{9}
}

func errPanic() {
	defer catch()
	panic(errors.New("an error"))
}

func assertFail() {
	defer catch()
	var x interface{} = "str"
	_ = x.(int)
}

func main() {
	fmt.Println(indirect())
	tryDR()
	ifaceDefer()
	errPanic()
	assertFail()
	fmt.Println("recover outside:", recover())
	if len(os.Args) > 5 {
		defer fmt.Println("never")
		os.Exit(3)
	}
	defer fmt.Println("main deferred")
	defer func3()
	panic(S{1})
}

func func3() {
	r := recover()
	fmt.Println("func3 recovered", r)
	panic(fmt.Sprint("again ", r))
}
