./panic_slice_bounds.go:6:11: make([]int, 3, 5) escapes to heap
./panic_slice_bounds.go:8:13: ... argument does not escape
./panic_slice_bounds.go:8:15: s[:5] escapes to heap
./panic_slice_bounds.go:8:24: len(s[i:]) escapes to heap
./panic_slice_bounds.go:9:13: ... argument does not escape
./panic_slice_bounds.go:9:15: s[i:j] escapes to heap
