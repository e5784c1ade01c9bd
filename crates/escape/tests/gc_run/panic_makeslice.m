./panic_makeslice.go:7:11: make([]int, n) escapes to heap
./panic_makeslice.go:8:13: ... argument does not escape
./panic_makeslice.go:8:13: s escapes to heap
./panic_makeslice.go:10:11: make([]int, n) escapes to heap
./panic_makeslice.go:11:13: ... argument does not escape
./panic_makeslice.go:11:13: t escapes to heap
