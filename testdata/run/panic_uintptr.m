./panic_uintptr.go:5:8: p escapes to heap
