./concat_buffers.go:9:14: a + b + c does not escape
./concat_buffers.go:12:15: a + b + c escapes to heap
./concat_buffers.go:13:16: "" + a + "" does not escape
