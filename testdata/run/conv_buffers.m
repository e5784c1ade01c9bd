./conv_buffers.go:6:13: ([]byte)("hello, world") does not escape
./conv_buffers.go:7:13: []rune{...} does not escape
./conv_buffers.go:10:14: string(b) does not escape
./conv_buffers.go:11:14: string(r) does not escape
./conv_buffers.go:12:14: string(rune(65 + i)) does not escape
./conv_buffers.go:16:15: string(b) escapes to heap
./conv_buffers.go:17:16: string(b[:1]) escapes to heap
./conv_buffers.go:18:16: string(r) escapes to heap
