./panic_make_cap.go:5:11: make([]byte, n, c) escapes to heap:
./panic_make_cap.go:5:11:   flow: {heap} = &{storage for make([]byte, n, c)}:
./panic_make_cap.go:5:11:     from make([]byte, n, c) (non-constant size) at ./panic_make_cap.go:5:11
./panic_make_cap.go:5:11: make([]byte, n, c) escapes to heap
