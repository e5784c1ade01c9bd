package main

import (
	"errors"
	"fmt"
)

type wrapper struct {
	E   error
	Msg string
}

func main() {
	e := errors.New("boom")
	fmt.Println(e)
	fmt.Printf("%v|%s|%q|%x|%X|%T|%d\n", e, e, e, e, e, e, e)
	fmt.Printf("%10v|%-10s|%+v|%#v\n", e, e, e, e)
	fmt.Println(e.Error(), len(e.Error()))
	var nilerr error
	fmt.Println(nilerr, nilerr == nil, e == nil)
	fmt.Printf("%v %T %s %d\n", nilerr, nilerr, nilerr, nilerr)
	e2 := errors.New("boom")
	fmt.Println(e == e2, e == e, e.Error() == e2.Error())
	fmt.Println([]error{e, nil, e2})
	fmt.Printf("%v %+v %s %q\n", wrapper{e, "m"}, wrapper{e, "m"}, wrapper{nil, "m"}, []error{e})
	fmt.Print(e, e, "\n")
	fmt.Println(fmt.Sprint(e), fmt.Sprintln(e) == "boom\n", fmt.Sprintf("[%v]", e))
	var a any = e
	fmt.Println(a, a == any(e))
	msg := "dynamic"
	d := errors.New(msg + "!")
	fmt.Println(d, errors.New(""))
}
