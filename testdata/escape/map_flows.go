// errorcheck -0 -m -l

package main

type T struct {
	p *int
	s []int
}

var sink interface{}
var global map[string]*int

func newMap() map[string]int {
	return make(map[string]int, 4) // ERROR "make\(map\[string\]int, 4\) escapes to heap$"
}

func localMap(n int) int {
	m := make(map[int]int, n) // ERROR "make\(map\[int\]int, n\) does not escape$"
	m[1] = n
	return m[1] + len(m)
}

func literalValues() map[string]*T {
	x := 1 // ERROR "moved to heap: x$"
	return map[string]*T{"a": {p: &x}} // ERROR "map\[string\]\*T\{\.\.\.\} escapes to heap$" "&T\{\.\.\.\} escapes to heap$"
}

func putPointer(m map[*int]*int) { // ERROR "m does not escape$"
	k, v := 1, 2 // ERROR "moved to heap: k$" "moved to heap: v$"
	m[&k] = &v
}

func readOnly(m map[string]*int, k string) *int { // ERROR "m does not escape$" "k does not escape$"
	v, ok := m[k]
	if !ok {
		return nil
	}
	return v
}

func rangeValues(m map[string][]int) int { // ERROR "m does not escape$"
	n := 0
	for k, v := range m {
		n += len(k) + len(v)
	}
	delete(m, "x")
	return n
}

func keysToHeap(m map[interface{}]int, s string, t T) { // ERROR "m does not escape$" "leaking param: s$" "leaking param: t$"
	m[s]++ // ERROR "s escapes to heap$"
	m[t] = 1 // ERROR "t escapes to heap$"
}

func leakToGlobal(x *int) { // ERROR "leaking param: x$"
	global["x"] = x
}

func appendThrough(m map[string][]*int) { // ERROR "m does not escape$"
	y := 3 // ERROR "moved to heap: y$"
	m["y"] = append(m["y"], &y)
}

func mapOfMaps() int {
	mm := map[string]map[string]int{"a": {"b": 1}} // ERROR "map\[string\]map\[string\]int\{\.\.\.\} does not escape$" "map\[string\]int\{\.\.\.\} escapes to heap$"
	inner := make(map[string]int) // ERROR "make\(map\[string\]int\) escapes to heap$"
	mm["c"] = inner
	return len(mm)
}

func boxed(m map[string]int) { // ERROR "leaking param: m$"
	sink = m
}

func main() {
	_ = newMap()
	_ = localMap(3)
	_ = literalValues()
	putPointer(map[*int]*int{}) // ERROR "map\[\*int\]\*int\{\} does not escape$"
	_ = readOnly(nil, "a")
	_ = rangeValues(map[string][]int{"a": {1}}) // ERROR "map\[string\]\[\]int\{\.\.\.\} does not escape$" "\[\]int\{\.\.\.\} escapes to heap$"
	keysToHeap(map[interface{}]int{}, "s", T{}) // ERROR "map\[interface \{\}\]int\{\} does not escape$"
	leakToGlobal(new(int)) // ERROR "new\(int\) escapes to heap$"
	appendThrough(map[string][]*int{}) // ERROR "map\[string\]\[\]\*int\{\} does not escape$"
	_ = mapOfMaps()
	boxed(map[string]int{"z": 26}) // ERROR "map\[string\]int\{\.\.\.\} escapes to heap$"
}
