./panic_str_slice_u.go:8:13: ... argument does not escape
./panic_str_slice_u.go:8:15: s[:2] escapes to heap
./panic_str_slice_u.go:9:13: ... argument does not escape
./panic_str_slice_u.go:9:15: s[:j] escapes to heap
