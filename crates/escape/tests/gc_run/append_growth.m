./append_growth.go:11:15: ... argument does not escape
./append_growth.go:11:19: len(s) escapes to heap
./append_growth.go:11:27: cap(s) escapes to heap
./append_growth.go:20:15: ... argument does not escape
./append_growth.go:20:16: "bytes" escapes to heap
./append_growth.go:20:28: len(b) escapes to heap
./append_growth.go:20:36: cap(b) escapes to heap
./append_growth.go:24:11: make([]int, 3, 10) escapes to heap
./append_growth.go:25:13: ... argument does not escape
./append_growth.go:25:17: len(t) escapes to heap
./append_growth.go:25:25: cap(t) escapes to heap
./append_growth.go:25:25: t escapes to heap
./append_growth.go:27:13: ... argument does not escape
./append_growth.go:27:17: len(t) escapes to heap
./append_growth.go:27:25: cap(t) escapes to heap
./append_growth.go:27:25: t escapes to heap
./append_growth.go:29:13: ... argument does not escape
./append_growth.go:29:13: t escapes to heap
./append_growth.go:29:13: u escapes to heap
./append_growth.go:30:19: []int{} does not escape
./append_growth.go:32:13: ... argument does not escape
./append_growth.go:32:15: t[0] escapes to heap
./append_growth.go:32:21: v[0] escapes to heap
