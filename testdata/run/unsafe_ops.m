./unsafe_ops.go:27:2: moved to heap: arr
./unsafe_ops.go:19:13: ... argument does not escape
./unsafe_ops.go:19:27: unsafe.Sizeof(s) escapes to heap
./unsafe_ops.go:19:46: unsafe.Alignof(s.a) escapes to heap
./unsafe_ops.go:19:68: unsafe.Offsetof(s.b) escapes to heap
./unsafe_ops.go:19:90: unsafe.Offsetof(s.d) escapes to heap
./unsafe_ops.go:19:112: unsafe.Offsetof(s.T) escapes to heap
./unsafe_ops.go:20:13: ... argument does not escape
./unsafe_ops.go:20:27: unsafe.Sizeof(int32(0)) escapes to heap
./unsafe_ops.go:20:52: unsafe.Sizeof("s") escapes to heap
./unsafe_ops.go:20:72: unsafe.Sizeof([]int{}) escapes to heap
./unsafe_ops.go:20:96: unsafe.Sizeof(true) escapes to heap
./unsafe_ops.go:26:13: ... argument does not escape
./unsafe_ops.go:26:13: x escapes to heap
./unsafe_ops.go:26:19: u != 0 escapes to heap
./unsafe_ops.go:26:25: *(*int)(unsafe.Pointer(u)) escapes to heap
./unsafe_ops.go:29:13: ... argument does not escape
./unsafe_ops.go:29:14: *(*int32)(p2) escapes to heap
./unsafe_ops.go:31:13: ... argument does not escape
./unsafe_ops.go:31:13: sl escapes to heap
./unsafe_ops.go:31:21: len(sl) escapes to heap
./unsafe_ops.go:31:30: cap(sl) escapes to heap
./unsafe_ops.go:34:13: ... argument does not escape
./unsafe_ops.go:34:13: bits escapes to heap
./unsafe_ops.go:36:13: ... argument does not escape
./unsafe_ops.go:36:14: k escapes to heap
