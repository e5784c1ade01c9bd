./panic_slice_u64b.go:6:11: make([]int, 3) does not escape
./panic_slice_u64b.go:8:13: ... argument does not escape
./panic_slice_u64b.go:8:17: len(s[lo - lo:]) escapes to heap
./panic_slice_u64b.go:9:13: ... argument does not escape
./panic_slice_u64b.go:9:17: len(s[lo:]) escapes to heap
