package main

import "fmt"

type NotFound struct{ name string }

func (e NotFound) Error() string { return "not found: " + e.name }

type Temporary struct{ code int }

func (e *Temporary) Error() string { return fmt.Sprint("temporary ", e.code) }

type Op struct {
	op  string
	err error
}

func (o *Op) Error() string { return o.op + ": " + o.err.Error() }

func lookup(name string) error {
	switch name {
	case "a":
		return nil
	case "b":
		return NotFound{name}
	case "c":
		return &Temporary{503}
	}
	return &Op{"lookup " + name, NotFound{name}}
}

type Celsius float64

func (c Celsius) Error() string { return fmt.Sprint(float64(c), "C") }

func main() {
	for _, n := range []string{"a", "b", "c", "d"} {
		err := lookup(n)
		if err != nil {
			fmt.Println(n, err.Error())
		} else {
			fmt.Println(n, "ok")
		}
		if nf, ok := err.(NotFound); ok {
			fmt.Println("NotFound", nf.name)
		}
		if t, ok := err.(*Temporary); ok {
			fmt.Println("Temporary", t.code)
		}
		var e interface{} = err
		_, isOp := e.(*Op)
		fmt.Println(isOp)
	}
	c := Celsius(21.5)
	errs := []error{c, NotFound{"x"}}
	errs = append(errs, lookup("b"))
	for i, e := range errs {
		fmt.Println(i, e.Error(), e == NotFound{"x"}, e == errs[2])
	}
}
