./init_panic.go:8:13: ... argument does not escape
./init_panic.go:8:14: "checking limit" escapes to heap
./init_panic.go:11:8: "limit too high" escapes to heap
./init_panic.go:16:13: ... argument does not escape
./init_panic.go:16:14: "not reached" escapes to heap
