package main

func main() {
	_ = map[string]int{"a": 1, "a": 2}
	_ = map[int]int{1: 1, 1: 2}
	_ = map[[2]int]int{{1, 2}: 1, {1, 2}: 3}
	_ = map[string]int{"a"}
	_ = map[float64]int{1: 1, 1.0: 2}
	_ = map[interface{}]int{1: 1, 1.0: 2, int8(1): 3, 1: 4}
	_ = map[bool]int{true: 1, true: 2}
	_ = map[string]int{1: 2}
	_ = map[string]int{"x": "y"}
}
