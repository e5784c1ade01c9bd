./panic_make_huge.go:7:11: make([]byte, 10, 20) does not escape
./panic_make_huge.go:8:13: ... argument does not escape
./panic_make_huge.go:8:17: len(s) escapes to heap
./panic_make_huge.go:8:25: cap(s) escapes to heap
./panic_make_huge.go:9:11: make([]int64, n) escapes to heap
./panic_make_huge.go:10:13: ... argument does not escape
./panic_make_huge.go:10:17: len(t) escapes to heap
