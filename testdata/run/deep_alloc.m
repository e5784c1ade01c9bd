./deep_alloc.go:11:14: f does not escape
./deep_alloc.go:19:8: &Frame{...} does not escape
./deep_alloc.go:19:34: make([]byte, n % 50) escapes to heap
./deep_alloc.go:21:15: make([]byte, 1 << 20) escapes to heap
./deep_alloc.go:28:13: ... argument does not escape
./deep_alloc.go:28:21: descend(nil, 100000) escapes to heap
./deep_alloc.go:29:13: ... argument does not escape
./deep_alloc.go:29:21: descend(&Frame{...}, 30000) escapes to heap
./deep_alloc.go:29:22: &Frame{...} does not escape
./deep_alloc.go:29:48: make([]byte, 7) does not escape
