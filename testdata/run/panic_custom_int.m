./panic_custom_int.go:6:13: ... argument does not escape
./panic_custom_int.go:6:14: "before" escapes to heap
./panic_custom_int.go:8:8: n escapes to heap
