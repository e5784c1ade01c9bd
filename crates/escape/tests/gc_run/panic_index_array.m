./panic_index_array.go:9:14: ... argument does not escape
./panic_index_array.go:9:16: a[i] escapes to heap
