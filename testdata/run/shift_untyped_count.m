./shift_untyped_count.go:8:8: "wrong" escapes to heap
