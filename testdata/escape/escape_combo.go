// Escape analysis where closures, maps and defer meet: a closure capturing a map,
// closures stored in a map, a deferred closure in a loop, map values that are
// pointers, and a method value kept in a map.
package main

type T struct{ n int }

func (t *T) Inc() { t.n++ } // ERROR "t does not escape$"

var sink interface{}

func captureMap() func(string) int {
	m := make(map[string]int) // ERROR "make\(map\[string\]int\) escapes to heap$"
	return func(k string) int { // ERROR "leaking param: k$" "func literal escapes to heap$"
		m[k]++
		return m[k]
	}
}

func localClosures() int {
	m := map[string]func(int) int{} // ERROR "map\[string\]func\(int\) int\{\} does not escape$"
	x := 3
	m["add"] = func(y int) int { return x + y } // ERROR "func literal escapes to heap$"
	return m["add"](4)
}

func deferLoop(n int) (sum int) { // ERROR "moved to heap: sum$"
	for i := 0; i < n; i++ {
		v := i
		defer func() { sum += v }() // ERROR "func literal escapes to heap$"
	}
	return 0
}

func deferOnce(p *int) (r int) { // ERROR "p does not escape$"
	defer func() { r = *p }() // ERROR "func literal does not escape$"
	return 1
}

func pointersInMap() map[int]*T {
	m := map[int]*T{} // ERROR "map\[int\]\*T\{\} escapes to heap$"
	for i := 0; i < 3; i++ {
		m[i] = &T{n: i} // ERROR "&T\{\.\.\.\} escapes to heap$"
	}
	return m
}

func methodValue(t *T) { // ERROR "t does not escape$"
	f := t.Inc // ERROR "t\.Inc does not escape$"
	f()
	g := (&T{}).Inc // ERROR "\(&T\{\}\)\.Inc escapes to heap$" "&T\{\} escapes to heap$"
	sink = g
}

func main() {
	c := captureMap()
	println(c("a"), c("a"))
	println(localClosures(), deferLoop(4))
	x := 5
	println(deferOnce(&x))
	println(len(pointersInMap()))
	methodValue(&T{}) // ERROR "&T\{\} does not escape$"
}
