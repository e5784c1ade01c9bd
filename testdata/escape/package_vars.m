./package_vars.go:17:2: moved to heap: x
./package_vars.go:22:7: &T{...} escapes to heap
./package_vars.go:26:11: make([]int, n) escapes to heap
./package_vars.go:30:11: make([]int, 3) escapes to heap
./package_vars.go:34:2: moved to heap: y
./package_vars.go:39:2: moved to heap: z
