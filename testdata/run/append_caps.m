./append_caps.go:25:6: moved to heap: i
./append_caps.go:39:15: ... argument does not escape
./append_caps.go:39:17: i + 1 escapes to heap
./append_caps.go:39:24: cap(b) escapes to heap
./append_caps.go:39:32: cap(i16) escapes to heap
./append_caps.go:39:42: cap(i32) escapes to heap
./append_caps.go:39:52: cap(i64) escapes to heap
./append_caps.go:39:62: cap(s3) escapes to heap
./append_caps.go:39:71: cap(s24) escapes to heap
./append_caps.go:39:81: cap(s40) escapes to heap
./append_caps.go:39:91: cap(s100) escapes to heap
./append_caps.go:39:102: cap(str) escapes to heap
./append_caps.go:39:112: cap(ptrs) escapes to heap
./append_caps.go:43:12: []int{...} escapes to heap
./append_caps.go:45:13: ... argument does not escape
./append_caps.go:45:17: len(x) escapes to heap
./append_caps.go:45:25: cap(x) escapes to heap
./append_caps.go:45:25: x escapes to heap
./append_caps.go:46:20: []byte{} does not escape
./append_caps.go:47:13: ... argument does not escape
./append_caps.go:47:17: len(y) escapes to heap
./append_caps.go:47:25: cap(y) escapes to heap
./append_caps.go:48:32: make([]int16, 13) does not escape
./append_caps.go:49:13: ... argument does not escape
./append_caps.go:49:17: len(z) escapes to heap
./append_caps.go:49:25: cap(z) escapes to heap
./append_caps.go:50:18: make([]int64, 5, 5) does not escape
./append_caps.go:50:39: make([]int64, 7) does not escape
./append_caps.go:51:13: ... argument does not escape
./append_caps.go:51:17: len(w) escapes to heap
./append_caps.go:51:25: cap(w) escapes to heap
./append_caps.go:52:18: make([]S24, 2, 3) does not escape
./append_caps.go:52:37: make([]S24, 9) does not escape
./append_caps.go:53:13: ... argument does not escape
./append_caps.go:53:17: len(v) escapes to heap
./append_caps.go:53:25: cap(v) escapes to heap
./append_caps.go:54:22: []string{...} escapes to heap
./append_caps.go:55:13: ... argument does not escape
./append_caps.go:55:17: len(u) escapes to heap
./append_caps.go:55:25: cap(u) escapes to heap
./append_caps.go:55:25: u escapes to heap
./append_caps.go:57:13: ... argument does not escape
./append_caps.go:57:13: t escapes to heap
./append_caps.go:57:13: x escapes to heap
./append_caps.go:59:13: ... argument does not escape
./append_caps.go:59:16: e == nil escapes to heap
./append_caps.go:59:27: len(e) escapes to heap
./append_caps.go:61:13: ... argument does not escape
./append_caps.go:61:13: s escapes to heap
./append_caps.go:61:20: cap(s) escapes to heap
