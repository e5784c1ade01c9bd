./panic_index_u64.go:6:12: []int{...} does not escape
./panic_index_u64.go:8:13: ... argument does not escape
./panic_index_u64.go:8:15: s[2] escapes to heap
./panic_index_u64.go:9:13: ... argument does not escape
./panic_index_u64.go:9:15: s[i] escapes to heap
