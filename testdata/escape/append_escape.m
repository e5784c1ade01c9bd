./append_escape.go:6:11: make([]int, 0, 4) does not escape
./append_escape.go:11:19: leaking param: s to result ~r0 level=0
./append_escape.go:23:19: leaking param: a to result ~r0 level=0
./append_escape.go:23:22: b does not escape
./append_escape.go:27:17: leaking param: p
./append_escape.go:33:2: moved to heap: x
./append_escape.go:34:94: []int{...} does not escape
./append_escape.go:34:104: []int{...} does not escape
