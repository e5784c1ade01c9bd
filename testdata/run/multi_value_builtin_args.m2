./multi_value_builtin_args.go:3:42: []int{...} escapes to heap:
./multi_value_builtin_args.go:3:42:   flow: ~r0 = &{storage for []int{...}}:
./multi_value_builtin_args.go:3:42:     from []int{...} (spill) at ./multi_value_builtin_args.go:3:42
./multi_value_builtin_args.go:3:42:     from return []int{...}, 2, 3 (return) at ./multi_value_builtin_args.go:3:30
./multi_value_builtin_args.go:3:42: []int{...} escapes to heap
