./multi_value_builtin_args.go:3:42: []int{...} escapes to heap
