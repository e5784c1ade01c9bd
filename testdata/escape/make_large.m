./make_large.go:6:11: make([]int, 8191) does not escape
./make_large.go:12:11: make([]int, 8192) does not escape
./make_large.go:18:11: make([]int, 8193) escapes to heap
./make_large.go:24:11: make([]byte, 65536) does not escape
./make_large.go:25:11: make([]byte, 65537) escapes to heap
./make_large.go:30:10: new([8192]int) does not escape
./make_large.go:31:10: new([8193]int) escapes to heap
