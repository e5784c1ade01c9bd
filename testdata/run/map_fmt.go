package main

import (
	"fmt"
	"math"
)

type P struct {
	X, Y int
}

type S string

func (s S) String() string { return "S<" + string(s) + ">" }

func main() {
	m := map[string]int{"b": 2, "a": 1, "c": 3}
	fmt.Println(m)
	fmt.Printf("%v %+v %#v\n", m, m, m)
	fmt.Printf("%d\n", m)
	var nm map[string]int
	fmt.Println(nm)
	fmt.Printf("%#v %v\n", nm, nm)
	fm := map[float64]string{math.NaN(): "nan", 1.5: "x", -2: "y", math.Inf(1): "inf"}
	fmt.Println(fm)
	pm := map[P]bool{{2, 1}: true, {1, 2}: false, {1, 1}: true}
	fmt.Println(pm)
	fmt.Printf("%#v\n", pm)
	bm := map[bool]int{true: 1, false: 0}
	fmt.Println(bm)
	am := map[[2]int]string{{2, 1}: "a", {1, 9}: "b"}
	fmt.Println(am)
	sm := map[S]int{"z": 1, "a": 2}
	fmt.Println(sm)
	nested := map[string]map[string]int{"x": {"b": 1, "a": 2}, "a": nil}
	fmt.Println(nested)
	ms := map[int][]string{3: {"c"}, 1: {"a", "b"}}
	fmt.Printf("%v %#v\n", ms, ms)
	im := map[interface{}]int{nil: 0, 3: 3, 1: 1}
	fmt.Println(im)
	p := &m
	fmt.Println(p == nil, len(*p))
	fmt.Printf("%v\n", &m)
	s := fmt.Sprint(map[int]string{2: "b", 1: "a"})
	fmt.Println(s, len(s))
	um := map[uint8]int{200: 1, 3: 2}
	fmt.Println(um)
	cm := map[complex128]int{2i: 1, 1: 2, 1 + 1i: 3}
	fmt.Println(cm)
}
