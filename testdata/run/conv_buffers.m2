./conv_buffers.go:16:15: string(b) escapes to heap:
./conv_buffers.go:16:15:   flow: {heap} = &{storage for string(b)}:
./conv_buffers.go:16:15:     from string(b) (spill) at ./conv_buffers.go:16:15
./conv_buffers.go:16:15:     from sink = string(b) (assign) at ./conv_buffers.go:16:7
./conv_buffers.go:17:16: string(b[:1]) escapes to heap:
./conv_buffers.go:17:16:   flow: {heap} = &{storage for string(b[:1])}:
./conv_buffers.go:17:16:     from string(b[:1]) (spill) at ./conv_buffers.go:17:16
./conv_buffers.go:17:16:     from sink1 = string(b[:1]) (assign) at ./conv_buffers.go:17:8
./conv_buffers.go:18:16: string(r) escapes to heap:
./conv_buffers.go:18:16:   flow: {heap} = &{storage for string(r)}:
./conv_buffers.go:18:16:     from string(r) (spill) at ./conv_buffers.go:18:16
./conv_buffers.go:18:16:     from sinkR = string(r) (assign) at ./conv_buffers.go:18:8
./conv_buffers.go:6:13: ([]byte)("hello, world") does not escape
./conv_buffers.go:7:13: []rune{...} does not escape
./conv_buffers.go:10:14: string(b) does not escape
./conv_buffers.go:11:14: string(r) does not escape
./conv_buffers.go:12:14: string(rune(65 + i)) does not escape
./conv_buffers.go:16:15: string(b) escapes to heap
./conv_buffers.go:17:16: string(b[:1]) escapes to heap
./conv_buffers.go:18:16: string(r) escapes to heap
