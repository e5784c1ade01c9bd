./panic_error_value.go:10:47: ... argument does not escape
./panic_error_value.go:10:48: "S=" escapes to heap
./panic_error_value.go:10:57: int(s) escapes to heap
./panic_error_value.go:13:13: ... argument does not escape
./panic_error_value.go:13:15: S(1) escapes to heap
./panic_error_value.go:14:19: ... argument does not escape
