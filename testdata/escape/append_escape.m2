./append_escape.go:6:11: make([]int, 0, 4) does not escape
./append_escape.go:11:19: parameter s leaks to ~r0 with derefs=0:
./append_escape.go:11:19:   flow: ~r0 = s:
./append_escape.go:11:19:     from append(s, v) (call parameter) at ./append_escape.go:12:15
./append_escape.go:11:19:     from return append(s, v) (return) at ./append_escape.go:12:2
./append_escape.go:11:19: leaking param: s to result ~r0 level=0
./append_escape.go:23:19: parameter a leaks to ~r0 with derefs=0:
./append_escape.go:23:19:   flow: ~r0 = a:
./append_escape.go:23:19:     from append(a, b...) (call parameter) at ./append_escape.go:24:15
./append_escape.go:23:19:     from return append(a, b...) (return) at ./append_escape.go:24:2
./append_escape.go:23:19: leaking param: a to result ~r0 level=0
./append_escape.go:23:22: b does not escape
./append_escape.go:27:17: parameter p leaks to {heap} with derefs=0:
./append_escape.go:27:17:   flow: {heap} = p:
./append_escape.go:27:17:     from append(s, p) (call parameter) at ./append_escape.go:29:15
./append_escape.go:27:17: leaking param: p
./append_escape.go:33:2: x escapes to heap:
./append_escape.go:33:2:   flow: {heap} = &x:
./append_escape.go:33:2:     from &x (address-of) at ./append_escape.go:34:126
./append_escape.go:33:2:     from appendPtrs(&x) (call parameter) at ./append_escape.go:34:125
./append_escape.go:33:2: moved to heap: x
./append_escape.go:34:94: []int{...} does not escape
./append_escape.go:34:104: []int{...} does not escape
