./gc_heap_shapes.go:31:14: make([]byte, 16 + i % 3000) escapes to heap
./gc_heap_shapes.go:36:12: new([100000]int) escapes to heap
./gc_heap_shapes.go:48:7: &small{...} escapes to heap
./gc_heap_shapes.go:50:8: &medium{...} escapes to heap
./gc_heap_shapes.go:54:8: &large{...} escapes to heap
./gc_heap_shapes.go:60:15: make([]string, 0) does not escape
./gc_heap_shapes.go:62:35: ... argument does not escape
./gc_heap_shapes.go:62:36: "w" escapes to heap
./gc_heap_shapes.go:62:36: i escapes to heap
./gc_heap_shapes.go:82:13: ... argument does not escape
./gc_heap_shapes.go:82:14: *mid escapes to heap
./gc_heap_shapes.go:82:24: tail[0] escapes to heap
./gc_heap_shapes.go:82:33: tail[9] escapes to heap
./gc_heap_shapes.go:82:41: len(tail) escapes to heap
./gc_heap_shapes.go:82:52: cap(tail) escapes to heap
./gc_heap_shapes.go:83:13: ... argument does not escape
./gc_heap_shapes.go:83:13: sum escapes to heap
./gc_heap_shapes.go:83:13: msum escapes to heap
./gc_heap_shapes.go:83:13: mn escapes to heap
./gc_heap_shapes.go:83:13: lsum escapes to heap
./gc_heap_shapes.go:83:13: ln escapes to heap
./gc_heap_shapes.go:84:13: ... argument does not escape
./gc_heap_shapes.go:84:17: len(words) escapes to heap
./gc_heap_shapes.go:84:31: words[0] escapes to heap
./gc_heap_shapes.go:84:41: words[1234] escapes to heap
./gc_heap_shapes.go:84:54: words[1999] escapes to heap
