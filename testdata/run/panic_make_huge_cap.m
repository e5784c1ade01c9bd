./panic_make_huge_cap.go:7:11: make([]int32, 1, n) escapes to heap
./panic_make_huge_cap.go:8:13: ... argument does not escape
./panic_make_huge_cap.go:8:17: len(s) escapes to heap
