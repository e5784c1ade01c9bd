./panic_custom_bool.go:4:7: 1 < 2 escapes to heap
