./panic_index_i8.go:8:13: ... argument does not escape
./panic_index_i8.go:8:15: s[4] escapes to heap
./panic_index_i8.go:9:13: ... argument does not escape
./panic_index_i8.go:9:15: s[i] escapes to heap
