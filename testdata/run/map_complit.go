package main

import "fmt"

type P struct {
	a, b int
}

type M map[string]P

func main() {
	// Elided composite-literal keys and values, as Go's test/ken/complit.go.
	m := map[P]P{{1, 2}: {3, 4}, {5, 6}: {7, 8}}
	fmt.Println(m[P{1, 2}], m[P{5, 6}], len(m))
	pm := map[string]*P{"x": {1, 1}, "y": {2, 2}}
	fmt.Println(*pm["x"], *pm["y"])
	am := map[[2]string][]int{{"a", "b"}: {1, 2, 3}}
	fmt.Println(am[[2]string{"a", "b"}])
	named := M{"p": {9, 9}}
	named["q"] = P{1, 0}
	fmt.Println(len(named), named["p"].a, named["q"])
	nested := []map[string]int{{"a": 1}, {"b": 2}, nil}
	fmt.Println(nested, len(nested[2]))
	st := struct{ m map[int]string }{m: map[int]string{1: "one"}}
	fmt.Println(st.m[1])
	var x = map[string][]map[int]bool{"k": {{1: true}, {2: false}}}
	fmt.Println(x)
	e := map[string]int{}
	fmt.Println(e == nil, len(e), e)
	_ = map[string]int{}
	var blank = map[int]bool{}
	blank[1] = true
	_ = blank[1]
	_, _ = blank[2]
	println(len(blank))
}
