package main

import "fmt"

type T struct {
	arr [4]int
	s   string
}

func elemPtr() *int {
	var a [8]int
	a[3] = 33
	return &a[3]
}

func fieldPtr() *string {
	t := T{s: "field"}
	return &t.s
}

func sliceOfLocal() []int {
	var a [5]int
	for i := range a {
		a[i] = i * i
	}
	return a[1:4]
}

func storeInGlobal(x int) {
	v := x * 2
	gp = &v
}

var gp *int

func build(n int) []*T {
	var out []*T
	for i := 0; i < n; i++ {
		t := T{s: fmt0(i)}
		t.arr[0] = i
		out = append(out, &t)
	}
	return out
}

func fmt0(i int) string { return string(rune('a' + i)) }

func chain() **int {
	x := 5
	p := &x
	return &p
}

func clobber() int {
	var big [64]int
	for i := range big {
		big[i] = -1
	}
	return big[5]
}

func main() {
	p := elemPtr()
	s := fieldPtr()
	sl := sliceOfLocal()
	storeInGlobal(21)
	c := chain()
	clobber()
	fmt.Println(*p, *s, sl, cap(sl), *gp, **c)
	ts := build(4)
	clobber()
	for _, t := range ts {
		fmt.Println(t.arr[0], t.s)
	}
}
