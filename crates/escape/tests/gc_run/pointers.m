./pointers.go:5:11: a does not escape
./pointers.go:5:14: b does not escape
./pointers.go:9:10: p does not escape
./pointers.go:14:2: moved to heap: n
./pointers.go:21:13: ... argument does not escape
./pointers.go:21:13: x escapes to heap
./pointers.go:21:13: y escapes to heap
./pointers.go:26:13: ... argument does not escape
./pointers.go:26:13: x escapes to heap
./pointers.go:26:13: y escapes to heap
./pointers.go:26:20: *p escapes to heap
./pointers.go:27:10: new(int) does not escape
./pointers.go:28:13: ... argument does not escape
./pointers.go:28:14: *q escapes to heap
./pointers.go:32:13: ... argument does not escape
./pointers.go:32:14: *q escapes to heap
./pointers.go:36:13: ... argument does not escape
./pointers.go:36:14: *c escapes to heap
./pointers.go:38:13: ... argument does not escape
./pointers.go:38:17: np == nil escapes to heap
./pointers.go:38:27: p != nil escapes to heap
./pointers.go:39:10: new(bool) does not escape
./pointers.go:40:10: new(string) does not escape
./pointers.go:42:13: ... argument does not escape
./pointers.go:42:14: *b escapes to heap
./pointers.go:42:18: *s escapes to heap
