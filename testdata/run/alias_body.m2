./alias_body.go:16:7: &point{...} escapes to heap:
./alias_body.go:16:7:   flow: p = &{storage for &point{...}}:
./alias_body.go:16:7:     from &point{...} (spill) at ./alias_body.go:16:7
./alias_body.go:16:7:     from p := &point{...} (assign) at ./alias_body.go:16:4
./alias_body.go:16:7:   flow: ~r0 = p:
./alias_body.go:16:7:     from return p (return) at ./alias_body.go:17:2
./alias_body.go:16:7: &point{...} escapes to heap
./alias_body.go:26:12: []int{...} does not escape
./alias_body.go:29:22: r does not escape
