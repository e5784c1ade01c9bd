package main

type E interface{}

func f(x interface{}, e E) {
	switch w := x.(type) {
	case int, string:
		var i int = w
		_ = i
	}
	switch u := x.(type) {
	case int:
		var s string = u
		_ = s
	case nil:
		var k int = u
		_ = k
	default:
		var d E = u
		_ = d
	}
	switch g := e.(type) {
	case E:
		var m int = g
		_ = m
	}
	switch q := x.(type) {
	case int:
	default:
		q := 1
		_ = q
	}
	switch x := x.(type) {
	}
	var used int
	switch x.(type) {
	case int:
		used++
	}
}

func main() {
	var t interface{}
	_ = t.(type)
}
