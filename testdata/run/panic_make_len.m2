./panic_make_len.go:7:10: make([]int, n) escapes to heap:
./panic_make_len.go:7:10:   flow: {heap} = &{storage for make([]int, n)}:
./panic_make_len.go:7:10:     from make([]int, n) (non-constant size) at ./panic_make_len.go:7:10
./panic_make_len.go:5:11: make([]int, 0, 2) does not escape
./panic_make_len.go:7:10: make([]int, n) escapes to heap
