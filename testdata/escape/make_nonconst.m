./make_nonconst.go:6:11: make([]int, n) escapes to heap
./make_nonconst.go:11:11: make([]byte, 0, n) escapes to heap
./make_nonconst.go:17:11: make([]int, 10) does not escape
./make_nonconst.go:23:11: make([]int, 2, 16) does not escape
./make_nonconst.go:28:13: make([]int, 4) escapes to heap
./make_nonconst.go:33:11: make([]int32, k) does not escape
