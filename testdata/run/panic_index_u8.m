./panic_index_u8.go:8:13: ... argument does not escape
./panic_index_u8.go:8:15: a[199] escapes to heap
./panic_index_u8.go:9:13: ... argument does not escape
./panic_index_u8.go:9:15: a[i] escapes to heap
