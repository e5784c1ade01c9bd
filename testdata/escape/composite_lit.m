./composite_lit.go:14:7: &T{...} does not escape
./composite_lit.go:20:9: &T{...} escapes to heap
./composite_lit.go:24:7: &T{...} escapes to heap
./composite_lit.go:33:2: moved to heap: t
./composite_lit.go:38:12: []int{...} does not escape
./composite_lit.go:43:14: []int{...} escapes to heap
