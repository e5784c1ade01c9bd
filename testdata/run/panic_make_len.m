./panic_make_len.go:5:11: make([]int, 0, 2) does not escape
./panic_make_len.go:7:10: make([]int, n) escapes to heap
