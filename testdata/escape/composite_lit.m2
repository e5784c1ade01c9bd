./composite_lit.go:14:7: &T{...} does not escape
./composite_lit.go:20:9: &T{...} escapes to heap:
./composite_lit.go:20:9:   flow: ~r0 = &{storage for &T{...}}:
./composite_lit.go:20:9:     from &T{...} (spill) at ./composite_lit.go:20:9
./composite_lit.go:20:9:     from return &T{...} (return) at ./composite_lit.go:20:2
./composite_lit.go:20:9: &T{...} escapes to heap
./composite_lit.go:24:7: &T{...} escapes to heap:
./composite_lit.go:24:7:   flow: {heap} = &{storage for &T{...}}:
./composite_lit.go:24:7:     from &T{...} (spill) at ./composite_lit.go:24:7
./composite_lit.go:24:7:     from gt = &T{...} (assign) at ./composite_lit.go:24:5
./composite_lit.go:24:7: &T{...} escapes to heap
./composite_lit.go:33:2: t escapes to heap:
./composite_lit.go:33:2:   flow: ~r0 = &t:
./composite_lit.go:33:2:     from &t (address-of) at ./composite_lit.go:34:9
./composite_lit.go:33:2:     from return &t (return) at ./composite_lit.go:34:2
./composite_lit.go:33:2: moved to heap: t
./composite_lit.go:38:12: []int{...} does not escape
./composite_lit.go:43:14: []int{...} escapes to heap:
./composite_lit.go:43:14:   flow: ~r0 = &{storage for []int{...}}:
./composite_lit.go:43:14:     from []int{...} (spill) at ./composite_lit.go:43:14
./composite_lit.go:43:14:     from return []int{...} (return) at ./composite_lit.go:43:2
./composite_lit.go:43:14: []int{...} escapes to heap
