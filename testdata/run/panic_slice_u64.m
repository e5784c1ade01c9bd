./panic_slice_u64.go:6:11: make([]int, 3) does not escape
./panic_slice_u64.go:8:13: ... argument does not escape
./panic_slice_u64.go:8:17: len(s[:2]) escapes to heap
./panic_slice_u64.go:9:13: ... argument does not escape
./panic_slice_u64.go:9:17: len(s[1:j]) escapes to heap
