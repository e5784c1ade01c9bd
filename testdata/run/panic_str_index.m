./panic_str_index.go:8:14: ... argument does not escape
./panic_str_index.go:8:14: i escapes to heap
./panic_str_index.go:8:19: s[i] escapes to heap
