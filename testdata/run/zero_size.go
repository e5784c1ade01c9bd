package main

import "fmt"

type Empty struct{}

type HasEmpty struct {
	A int
	E Empty
	Z [0]int
}

func mk() Empty { return Empty{} }

func main() {
	var e Empty
	var es []Empty
	for i := 0; i < 5; i++ {
		es = append(es, e)
	}
	fmt.Println(len(es), es, mk())
	var z [0]int
	fmt.Println(len(z), z)
	h := HasEmpty{A: 3}
	fmt.Println(h, h.E == Empty{})
	arr := [3]Empty{}
	fmt.Println(arr, len(arr))
	s := make([]struct0, 3, 10)
	fmt.Println(len(s), cap(s))
	zs := make([][0]int, 4)
	fmt.Println(zs, len(zs))
	e2 := &Empty{}
	fmt.Println(*e2)
	var sl []int = make([]int, 0)
	fmt.Println(sl == nil, len(sl), sl)
}

type struct0 struct{}
