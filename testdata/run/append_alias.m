./append_alias.go:10:13: leaking param: s to result ~r0 level=0
./append_alias.go:14:13: leaking param content: s
./append_alias.go:14:13: leaking param: s to result ~r0 level=0
./append_alias.go:14:27: leaking param: e
./append_alias.go:22:12: []int{...} escapes to heap
./append_alias.go:24:13: ... argument does not escape
./append_alias.go:24:13: s escapes to heap
./append_alias.go:24:20: len(s) escapes to heap
./append_alias.go:24:28: cap(s) escapes to heap
./append_alias.go:27:13: ... argument does not escape
./append_alias.go:27:13: s escapes to heap
./append_alias.go:27:20: len(s) escapes to heap
./append_alias.go:27:28: cap(s) escapes to heap
./append_alias.go:29:13: ... argument does not escape
./append_alias.go:29:13: s escapes to heap
./append_alias.go:29:20: cap(s) escapes to heap
./append_alias.go:31:13: ... argument does not escape
./append_alias.go:31:13: s escapes to heap
./append_alias.go:32:11: []E{...} escapes to heap
./append_alias.go:36:13: ... argument does not escape
./append_alias.go:36:13: es escapes to heap
./append_alias.go:36:21: len(es) escapes to heap
./append_alias.go:36:30: cap(es) escapes to heap
./append_alias.go:37:11: make([]int, 0, 3) escapes to heap
./append_alias.go:41:13: ... argument does not escape
./append_alias.go:41:13: t escapes to heap
./append_alias.go:41:13: u escapes to heap
./append_alias.go:41:13: v escapes to heap
./append_alias.go:43:13: ... argument does not escape
./append_alias.go:43:13: w escapes to heap
./append_alias.go:45:13: ... argument does not escape
./append_alias.go:45:13: n escapes to heap
./append_alias.go:45:13: s escapes to heap
./append_alias.go:46:16: []string{...} does not escape
./append_alias.go:50:13: ... argument does not escape
./append_alias.go:50:17: len(st) escapes to heap
./append_alias.go:50:26: cap(st) escapes to heap
./append_alias.go:54:13: ... argument does not escape
./append_alias.go:54:20: string(bs) escapes to heap
./append_alias.go:54:20: string(bs) escapes to heap
./append_alias.go:54:29: len(bs) escapes to heap
./append_alias.go:54:38: cap(bs) escapes to heap
