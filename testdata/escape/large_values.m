./large_values.go:23:6: moved to heap: over
./large_values.go:31:2: moved to heap: b
./large_values.go:32:2: moved to heap: c
./large_values.go:37:7: &Implicit{} does not escape
./large_values.go:38:7: &Implicit1{...} escapes to heap
./large_values.go:39:10: new([8192]int) does not escape
./large_values.go:40:10: new([8193]int) escapes to heap
./large_values.go:41:7: &[10240]int{...} escapes to heap
./large_values.go:46:13: []byte{...} does not escape
./large_values.go:47:11: make([]byte, 100001) escapes to heap
./large_values.go:52:11: make([]byte, 10, 1 << 31) escapes to heap
./large_values.go:53:11: make([]byte, 1 << 31 - 1) escapes to heap
./large_values.go:54:11: make([]struct {}, 1 << 30) does not escape
./large_values.go:55:11: make([]int, n) escapes to heap
./large_values.go:56:11: make([]int, n, 1 << 13) does not escape
./large_values.go:57:11: make([]int, n, 1 << 13 + 1) escapes to heap
./large_values.go:71:6: moved to heap: x
./large_values.go:72:2: moved to heap: r
