./escape_returns.go:11:6: moved to heap: a
./escape_returns.go:17:2: moved to heap: t
./escape_returns.go:22:6: moved to heap: a
./escape_returns.go:30:2: moved to heap: v
./escape_returns.go:46:40: string(rune('a' + i)) escapes to heap
./escape_returns.go:39:3: moved to heap: t
./escape_returns.go:49:2: moved to heap: x
./escape_returns.go:50:2: moved to heap: p
./escape_returns.go:69:13: ... argument does not escape
./escape_returns.go:69:14: *p escapes to heap
./escape_returns.go:69:18: *s escapes to heap
./escape_returns.go:69:18: sl escapes to heap
./escape_returns.go:69:29: cap(sl) escapes to heap
./escape_returns.go:69:35: *gp escapes to heap
./escape_returns.go:69:40: *(*c) escapes to heap
./escape_returns.go:73:14: ... argument does not escape
./escape_returns.go:73:20: t.arr[0] escapes to heap
./escape_returns.go:73:26: t.s escapes to heap
