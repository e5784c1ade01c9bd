./panic_arr_index.go:9:14: []int{...} does not escape
