./panic_makeslice_cap.go:7:11: make([]byte, n, c) escapes to heap
./panic_makeslice_cap.go:8:13: ... argument does not escape
./panic_makeslice_cap.go:8:17: len(s) escapes to heap
