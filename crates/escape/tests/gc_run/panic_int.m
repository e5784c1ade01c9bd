./panic_int.go:5:7: 42 escapes to heap
