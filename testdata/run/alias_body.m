./alias_body.go:16:7: &point{...} escapes to heap
./alias_body.go:26:12: []int{...} does not escape
./alias_body.go:29:22: r does not escape
