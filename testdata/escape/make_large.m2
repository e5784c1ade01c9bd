./make_large.go:6:11: make([]int, 8191) does not escape
./make_large.go:12:11: make([]int, 8192) does not escape
./make_large.go:18:11: make([]int, 8193) escapes to heap:
./make_large.go:18:11:   flow: {heap} = &{storage for make([]int, 8193)}:
./make_large.go:18:11:     from make([]int, 8193) (too large for stack) at ./make_large.go:18:11
./make_large.go:18:11: make([]int, 8193) escapes to heap
./make_large.go:25:11: make([]byte, 65537) escapes to heap:
./make_large.go:25:11:   flow: {heap} = &{storage for make([]byte, 65537)}:
./make_large.go:25:11:     from make([]byte, 65537) (too large for stack) at ./make_large.go:25:11
./make_large.go:24:11: make([]byte, 65536) does not escape
./make_large.go:25:11: make([]byte, 65537) escapes to heap
./make_large.go:31:10: new([8193]int) escapes to heap:
./make_large.go:31:10:   flow: {heap} = &{storage for new([8193]int)}:
./make_large.go:31:10:     from new([8193]int) (too large for stack) at ./make_large.go:31:10
./make_large.go:30:10: new([8192]int) does not escape
./make_large.go:31:10: new([8193]int) escapes to heap
