// Escape analysis where closures, maps and defer meet: a closure capturing a map,
// closures stored in a map, a deferred closure in a loop, map values that are
// pointers, and a method value kept in a map.
package main

type T struct{ n int }

func (t *T) Inc() { t.n++ }

var sink interface{}

func captureMap() func(string) int {
	m := make(map[string]int)
	return func(k string) int {
		m[k]++
		return m[k]
	}
}

func localClosures() int {
	m := map[string]func(int) int{}
	x := 3
	m["add"] = func(y int) int { return x + y }
	return m["add"](4)
}

func deferLoop(n int) (sum int) {
	for i := 0; i < n; i++ {
		v := i
		defer func() { sum += v }()
	}
	return 0
}

func deferOnce(p *int) (r int) {
	defer func() { r = *p }()
	return 1
}

func pointersInMap() map[int]*T {
	m := map[int]*T{}
	for i := 0; i < 3; i++ {
		m[i] = &T{n: i}
	}
	return m
}

func methodValue(t *T) {
	f := t.Inc
	f()
	g := (&T{}).Inc
	sink = g
}

func main() {
	c := captureMap()
	println(c("a"), c("a"))
	println(localClosures(), deferLoop(4))
	x := 5
	println(deferOnce(&x))
	println(len(pointersInMap()))
	methodValue(&T{})
}
