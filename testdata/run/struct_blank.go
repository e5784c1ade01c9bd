package main

import "fmt"

type Rec struct {
	ID   uint32
	_    [4]byte
	Name string
	Flag bool
	_    int16
	Val  int64
}

type Pair struct {
	K string
	V []int
}

func main() {
	r := Rec{ID: 7, Name: "rec", Val: -9}
	r2 := r
	r2.Flag = true
	fmt.Println(r.ID, r.Name, r.Flag, r.Val, r2.Flag)
	ps := []Pair{{"a", []int{1}}, {"b", nil}, {K: "c"}}
	fmt.Println(ps)
	ps[1].V = append(ps[1].V, 5, 6)
	fmt.Println(ps, len(ps[1].V))
	pp := &ps[2]
	pp.V = ps[0].V
	pp.V[0] = 100
	fmt.Println(ps)
	var z Pair
	fmt.Println(z, z.V == nil, &z)
	arr := [2]Pair{{K: "x"}}
	fmt.Println(arr, &arr[0])
}
