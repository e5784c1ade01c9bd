package main

import "fmt"

type Inner struct {
	A int
	b string
}

type Outer struct {
	Inner
	P    *Inner
	S    []Inner
	Arr  [2]bool
	I    interface{}
	N    interface{}
	name string
}

type Node struct {
	Val  int
	Next *Node
}

type Empty struct{}

type IntList []int

func main() {
	in := Inner{A: 1, b: "x"}
	o := Outer{Inner: in, P: &in, S: []Inner{in, {}}, name: "o"}
	o.I = 7
	fmt.Printf("%v\n", o.Inner)
	fmt.Printf("%+v\n", o.Inner)
	fmt.Printf("%#v\n", o.Inner)
	fmt.Printf("%v|%+v\n", o.S, o.S)
	fmt.Printf("%#v\n", o.S)
	fmt.Printf("%v %+v %#v\n", o.Arr, o.Arr, o.Arr)
	fmt.Printf("%v %+v %#v %v %#v\n", o.I, o.I, o.I, o.N, o.N)
	fmt.Printf("%v\n", &in)
	fmt.Printf("%+v\n", &in)
	fmt.Printf("%#v\n", &in)
	fmt.Printf("%T %T %T %T\n", o, &o, o.S, o.Arr)
	n := &Node{1, &Node{2, nil}}
	fmt.Printf("%v %+v\n", *n.Next, *n.Next)
	fmt.Printf("%v\n", n.Next.Next)
	fmt.Printf("%#v\n", *n.Next)
	var np *Node
	fmt.Printf("%v %+v %#v %T %d\n", np, np, np, np, np)
	var ip *int
	fmt.Printf("%v %#v %p %T\n", ip, ip, ip, ip)
	fmt.Printf("%v %+v %#v %T\n", Empty{}, Empty{}, Empty{}, Empty{})
	fmt.Printf("%v %#v %T\n", &Empty{}, &Empty{}, &Empty{})
	fmt.Printf("%v %#v %T %d %x\n", IntList{1, 2}, IntList{1, 2}, IntList{}, IntList{3}, IntList{255})
	fmt.Printf("%v %#v %v %#v\n", IntList(nil), IntList(nil), []int{}, []int{})
	fmt.Printf("%v %#v %T\n", [0]int{}, [0]int{}, [0]int{})
	fmt.Printf("%v %#v\n", [2][2]int{{1, 2}, {3, 4}}, [2][2]int{{1, 2}, {3, 4}})
	fmt.Printf("%v %+v %#v\n", []*Inner{nil}, []*Inner{nil}, []*Inner{nil})
	fmt.Printf("%v %#v %T\n", []interface{}{1, "a", nil, 2.5, true}, []interface{}{1, "a", nil}, []interface{}{})
	fmt.Printf("%v %#v\n", struct{ X, Y int }{1, 2}, struct {
		X int
		s string
	}{3, "s"})
	fmt.Printf("%T %T %T %T %T\n", 1, "s", 2.5, true, 'x')
	fmt.Printf("%T %T %T %T\n", int8(1), uint64(2), float32(1), uintptr(3))
	fmt.Printf("%T %T\n", []string{}, [3]int{})
	fmt.Printf("%T %T\n", struct{}{}, struct {
		A int
		B []string
	}{})
	fmt.Printf("%T %v\n", nil, nil)
	fmt.Printf("%d %s %x\n", in, in, in)
	fmt.Printf("%d\n", o.S)
	fmt.Printf("%5v|%-5v|%05v\n", in, []int{1, 2}, [2]int{3, 4})
	fmt.Printf("%x %X %q\n", []string{"ab", "c"}, [1]string{"hi"}, Inner{2, "q"})
	fmt.Printf("%v %+v\n", struct {
		I interface{}
		P *int
	}{}, struct{ B []byte }{[]byte("z")})
	x := 5
	px := &x
	ppx := &px
	fmt.Printf("%t %t\n", fmt.Sprintf("%v", px) == fmt.Sprintf("%p", px), fmt.Sprintf("%v", *ppx)[:2] == "0x")
	fmt.Printf("%t %t\n", fmt.Sprintf("%#p", px)[:2] != "0x", fmt.Sprintf("%#v", px)[:9] == "(*int)(0x")
	sp := []*int{px}
	fmt.Printf("%t\n", fmt.Sprintf("%v", &sp)[:4] == "&[0x")
	fmt.Printf("%t %t\n", fmt.Sprintf("%p", []int{1}) != "", fmt.Sprintf("%p", []int(nil)) == "0x0")
}
