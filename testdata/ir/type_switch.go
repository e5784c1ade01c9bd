package main

type E interface{}

var sink interface{}

func f(x E) int {
	switch y := 2; v := x.(type) {
	case nil:
		return 0
	case int:
		return v + y
	case string, bool:
		sink = v
	default:
		return -1
	}
	switch x.(type) {
	case *int:
	}
	return 1
}

func main() { f(nil) }
