package main

import "fmt"

type Pair struct {
	A int
	B string
}

type Node struct {
	Val  int
	Next *Node
	On   bool
	Tag  byte
	Vals []int
	Arr  [2]int32
}

func main() {
	fmt.Println()
	fmt.Println(1, -2, 3)
	fmt.Println("a", "b", "c")
	fmt.Println("a", 1, "b", 2)
	fmt.Println(true, false)
	var i8 uint8 = 200
	var i32 int32 = -5
	var i64 int64 = 1 << 40
	var u uint = 7
	var b byte = 'A'
	fmt.Println(i8, i32, i64, u, b)
	fmt.Println([]int{1, 2, 3}, []string{"x", "y"}, []bool{true})
	fmt.Println([]int{}, [0]int{})
	var nilslice []int
	fmt.Println(nilslice, len(nilslice))
	fmt.Println([3]int{4, 5, 6}, [2]string{"p", "q"})
	fmt.Println([]byte{104, 105}, [2]byte{1, 2})
	fmt.Println(Pair{1, "one"}, &Pair{2, "two"})
	fmt.Println([]Pair{{1, "a"}, {2, "b"}})
	n := Node{Val: 1, On: true, Tag: 'z', Vals: []int{9}, Arr: [2]int32{3, 4}}
	fmt.Println(n)
	fmt.Println(&n)
	var np *Pair
	fmt.Println(np)
	fmt.Println("")
	fmt.Println("", "")
	fmt.Println([][]int{{1}, {2, 3}})
}
