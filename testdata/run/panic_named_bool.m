./panic_named_bool.go:6:7: Flag(true) escapes to heap
