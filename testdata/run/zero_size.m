./zero_size.go:21:13: ... argument does not escape
./zero_size.go:21:17: len(es) escapes to heap
./zero_size.go:21:17: es escapes to heap
./zero_size.go:21:29: mk() escapes to heap
./zero_size.go:23:13: ... argument does not escape
./zero_size.go:23:17: len(z) escapes to heap
./zero_size.go:23:17: z escapes to heap
./zero_size.go:25:13: ... argument does not escape
./zero_size.go:25:13: h escapes to heap
./zero_size.go:25:21: h.E == Empty{} escapes to heap
./zero_size.go:27:13: ... argument does not escape
./zero_size.go:27:13: arr escapes to heap
./zero_size.go:27:22: len(arr) escapes to heap
./zero_size.go:28:11: make([]struct0, 3, 10) does not escape
./zero_size.go:29:13: ... argument does not escape
./zero_size.go:29:17: len(s) escapes to heap
./zero_size.go:29:25: cap(s) escapes to heap
./zero_size.go:30:12: make([][0]int, 4) escapes to heap
./zero_size.go:31:13: ... argument does not escape
./zero_size.go:31:13: zs escapes to heap
./zero_size.go:31:21: len(zs) escapes to heap
./zero_size.go:32:8: &Empty{} does not escape
./zero_size.go:33:13: ... argument does not escape
./zero_size.go:33:14: *e2 escapes to heap
./zero_size.go:34:21: make([]int, 0) escapes to heap
./zero_size.go:35:13: ... argument does not escape
./zero_size.go:35:17: sl == nil escapes to heap
./zero_size.go:35:28: len(sl) escapes to heap
./zero_size.go:35:28: sl escapes to heap
