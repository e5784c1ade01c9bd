./panic_make_cap.go:5:11: make([]byte, n, c) escapes to heap
