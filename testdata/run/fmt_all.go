package main

import "fmt"

type Inner struct {
	A int8
	B string
	C [2]bool
}

type Outer struct {
	In   Inner
	P    *Inner
	S    []Inner
	U    uint16
	R    rune
	Arr  [2][2]int
	Name string
	B    []byte
	E    []int
}

type Node struct {
	Val  int
	Next *Node
}

type Empty struct{}

func main() {
	var i8 int8 = -8
	var i16 int16 = -16
	var i32 int32 = -32
	var i64 int64 = -64
	var u8 uint8 = 8
	var u16 uint16 = 16
	var u32 uint32 = 32
	var u64 uint64 = 64
	var u uint = 7
	var up uintptr = 9
	fmt.Println(i8, i16, i32, i64, u8, u16, u32, u64, u, up)
	fmt.Println(true, false, "", "x", 'x', byte('x'))
	fmt.Println()
	in := Inner{A: -1, B: "bee", C: [2]bool{true, false}}
	fmt.Println(in)
	fmt.Println(&in)
	o := Outer{In: in, P: &in, S: []Inner{in, {}}, U: 3, R: 'é', Name: "out", B: []byte{1, 2}}
	o.Arr[1][0] = 5
	fmt.Println(o.In, o.S, o.U, o.R, o.Arr, o.Name, o.B, o.E)
	fmt.Println(o.E == nil, len(o.B))
	op := &o
	fmt.Println(op.In.C, op.P.B)
	n := &Node{1, &Node{2, nil}}
	fmt.Println(*n.Next, n.Next.Next)
	var np *Node
	fmt.Println(np)
	fmt.Println(Empty{}, &Empty{}, [0]int{}, []string{}, [3]string{"a", "", "c"})
	fmt.Println([]bool{true}, []int8{-1, 2}, []uint64{1 << 63}, [2]int32{})
	fmt.Println([]*Node{nil}, []Empty{{}, {}})
	fmt.Println("a", 1, "b", 2, "c")
	fmt.Println(&[2]int{1, 2}, &[1]string{"s"})
	fmt.Println([][]int{{1}, {2, 3}, nil})
	fmt.Println(Inner{}, [1]Inner{})
	s := "multi\nline"
	fmt.Println(s)
	fmt.Print("no newline", 1, 2, "x", "y", 3, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print("a", "b", "\n")
}
