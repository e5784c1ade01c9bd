./concat_buffers.go:12:15: a + b + c escapes to heap:
./concat_buffers.go:12:15:   flow: {heap} = &{storage for a + b + c}:
./concat_buffers.go:12:15:     from a + b + c (spill) at ./concat_buffers.go:12:15
./concat_buffers.go:12:15:     from sink = a + b + c (assign) at ./concat_buffers.go:12:7
./concat_buffers.go:9:14: a + b + c does not escape
./concat_buffers.go:12:15: a + b + c escapes to heap
./concat_buffers.go:13:16: "" + a + "" does not escape
