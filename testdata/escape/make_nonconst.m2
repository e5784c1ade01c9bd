./make_nonconst.go:6:11: make([]int, n) escapes to heap:
./make_nonconst.go:6:11:   flow: {heap} = &{storage for make([]int, n)}:
./make_nonconst.go:6:11:     from make([]int, n) (non-constant size) at ./make_nonconst.go:6:11
./make_nonconst.go:6:11: make([]int, n) escapes to heap
./make_nonconst.go:11:11: make([]byte, 0, n) escapes to heap:
./make_nonconst.go:11:11:   flow: {heap} = &{storage for make([]byte, 0, n)}:
./make_nonconst.go:11:11:     from make([]byte, 0, n) (non-constant size) at ./make_nonconst.go:11:11
./make_nonconst.go:11:11: make([]byte, 0, n) escapes to heap
./make_nonconst.go:17:11: make([]int, 10) does not escape
./make_nonconst.go:23:11: make([]int, 2, 16) does not escape
./make_nonconst.go:28:13: make([]int, 4) escapes to heap:
./make_nonconst.go:28:13:   flow: ~r0 = &{storage for make([]int, 4)}:
./make_nonconst.go:28:13:     from make([]int, 4) (spill) at ./make_nonconst.go:28:13
./make_nonconst.go:28:13:     from return make([]int, 4) (return) at ./make_nonconst.go:28:2
./make_nonconst.go:28:13: make([]int, 4) escapes to heap
./make_nonconst.go:33:11: make([]int32, k) does not escape
