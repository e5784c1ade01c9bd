./panic_index.go:5:10: s does not escape
./panic_index.go:10:12: []int{...} does not escape
./panic_index.go:11:13: ... argument does not escape
./panic_index.go:11:17: get(s, 2) escapes to heap
./panic_index.go:12:13: ... argument does not escape
./panic_index.go:12:17: get(s, 5) escapes to heap
