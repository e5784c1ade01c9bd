./escape_combo.go:8:7: t does not escape
./escape_combo.go:14:14: leaking param: k
./escape_combo.go:13:11: make(map[string]int) escapes to heap
./escape_combo.go:14:9: func literal escapes to heap
./escape_combo.go:21:31: map[string]func(int) int{} does not escape
./escape_combo.go:23:13: func literal escapes to heap
./escape_combo.go:27:24: moved to heap: sum
./escape_combo.go:30:9: func literal escapes to heap
./escape_combo.go:35:16: p does not escape
./escape_combo.go:36:8: func literal does not escape
./escape_combo.go:41:17: map[int]*T{} escapes to heap
./escape_combo.go:43:10: &T{...} escapes to heap
./escape_combo.go:48:18: t does not escape
./escape_combo.go:49:8: t.Inc does not escape
./escape_combo.go:51:13: (&T{}).Inc escapes to heap
./escape_combo.go:51:8: &T{} escapes to heap
./escape_combo.go:62:14: &T{} does not escape
