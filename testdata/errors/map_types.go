package main

type S struct{ f int }

type K struct{ s []int }

var f map[[]string]int
var g map[[]int]string
var h map[K]int
var i map[map[int]int]bool

func main() {
	m := map[string]S{}
	m["a"].f = 1
	_ = &m["a"]
	_, _, _, _ = f, g, h, i
	var mm map[string]int
	mm.x = 1
	mm[1:2] = nil
}
