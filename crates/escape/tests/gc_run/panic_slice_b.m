./panic_slice_b.go:6:12: []int{...} escapes to heap
./panic_slice_b.go:8:13: ... argument does not escape
./panic_slice_b.go:8:15: s[:hi] escapes to heap
./panic_slice_b.go:9:13: ... argument does not escape
./panic_slice_b.go:9:15: s[lo:hi] escapes to heap
