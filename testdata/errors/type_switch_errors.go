package main

type E interface{}

func f(x interface{}, n int, e E) {
	switch v := x.(type) {
	case int:
	case string, bool:
	}
	switch v := n.(type) {
	case int:
		println(v)
	}
	switch x.(type) {
	case int:
	case int:
	case nil, string:
	case nil:
	case interface{}:
	case E:
	case []int, map[string]int, []int:
	}
	switch _ := x.(type) {
	}
	switch v := e.(type) {
	case int:
		fallthrough
	case []int:
		println(len(v))
	}
	switch x.(type) {
	default:
	case int:
	default:
	}
	switch y := x.(type) {
	case undefined:
		println(y)
	}
	switch z := x.(type) {
	case int:
		z := 3
		_ = z
	}
	switch w := x.(type) {
	case int, string:
		var i int = w
		_ = i
	}
	switch u := x.(type) {
	case int:
		var s string = u
		_ = s
	}
}

func main() {
	var t interface{}
	_ = t.(type)
}
