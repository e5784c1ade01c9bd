./panic_named_int.go:6:7: Celsius(-40) escapes to heap
