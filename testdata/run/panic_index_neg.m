./panic_index_neg.go:5:10: s does not escape
./panic_index_neg.go:8:12: []int{...} does not escape
./panic_index_neg.go:9:13: ... argument does not escape
./panic_index_neg.go:9:17: get(s, 2) escapes to heap
./panic_index_neg.go:10:13: ... argument does not escape
./panic_index_neg.go:10:17: get(s, -1) escapes to heap
