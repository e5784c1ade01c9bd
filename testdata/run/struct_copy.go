package main

import "fmt"

type Inner struct {
	Vals [3]int
	Name string
}

type Outer struct {
	In    Inner
	Ins   [2]Inner
	Ptr   *Inner
	Slice []Inner
}

func mutate(o Outer) Outer {
	o.In.Vals[0] = 100
	o.Ins[1].Name = "changed"
	o.Ptr.Name = "via ptr"
	o.Slice[0].Vals[2] = 55
	return o
}

func mutatep(o *Outer) {
	o.In.Vals[1] = 200
	o.Ins[0] = Inner{Name: "new"}
}

func retArr() [3]Inner {
	var a [3]Inner
	a[1].Name = "mid"
	return a
}

func main() {
	shared := Inner{Name: "shared"}
	o := Outer{In: Inner{Vals: [3]int{1, 2, 3}, Name: "in"}, Ptr: &shared, Slice: []Inner{{Name: "s0"}}}
	o2 := mutate(o)
	fmt.Println(o.In, o.Ins, *o.Ptr, o.Slice)
	fmt.Println(o2.In, o2.Ins, *o2.Ptr, o2.Slice)
	mutatep(&o)
	fmt.Println(o.In, o.Ins)
	a := retArr()
	b := a
	b[1].Vals[1] = 9
	fmt.Println(a[1], b[1])
	arr := [2]Outer{o, o2}
	arr2 := arr
	arr2[0].In.Name = "copy"
	fmt.Println(arr[0].In.Name, arr2[0].In.Name)
	x := o.Ins
	x[0].Vals[2] = 42
	fmt.Println(o.Ins[0].Vals, x[0].Vals)
	pi := &o.Ins[1]
	pi.Vals[0] = 8
	pv := &pi.Vals
	pv[2] = 9
	fmt.Println(o.Ins[1])
	s := []Inner{{Name: "a"}, {Name: "b"}}
	el := s[0]
	el.Name = "z"
	fmt.Println(s[0].Name, el.Name)
	for _, v := range s {
		v.Name = "loop"
	}
	fmt.Println(s)
	for i := range s {
		s[i].Name += "!"
	}
	fmt.Println(s)
	fmt.Println(o.In == o2.In, o.Ins[0] == Inner{Name: "new"}, a == b)
}
