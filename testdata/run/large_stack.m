./large_stack.go:43:13: ... argument does not escape
./large_stack.go:43:18: fill() escapes to heap
./large_stack.go:46:13: ... argument does not escape
./large_stack.go:46:19: byval(b) escapes to heap
./large_stack.go:46:25: b[0] escapes to heap
./large_stack.go:50:13: ... argument does not escape
./large_stack.go:50:19: trace(m) escapes to heap
./large_stack.go:50:29: trace(m2) escapes to heap
./large_stack.go:58:13: ... argument does not escape
./large_stack.go:58:13: c escapes to heap
./large_stack.go:58:20: len(big) escapes to heap
./large_stack.go:59:11: make([]int, 8192) does not escape
./large_stack.go:61:13: ... argument does not escape
./large_stack.go:61:17: len(s) escapes to heap
./large_stack.go:61:23: s[8191] escapes to heap
