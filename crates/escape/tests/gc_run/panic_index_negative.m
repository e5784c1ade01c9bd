./panic_index_negative.go:10:11: make([]string, 3) does not escape
./panic_index_negative.go:11:13: ... argument does not escape
./panic_index_negative.go:11:17: len(s) escapes to heap
./panic_index_negative.go:12:13: ... argument does not escape
./panic_index_negative.go:12:15: s[idx(2)] escapes to heap
