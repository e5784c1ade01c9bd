./runtime_basics.go:16:10: &node{...} escapes to heap
./runtime_basics.go:22:13: ... argument does not escape
./runtime_basics.go:22:21: runtime.GOOS escapes to heap
./runtime_basics.go:22:35: runtime.Compiler escapes to heap
./runtime_basics.go:22:66: runtime.NumGoroutine() escapes to heap
./runtime_basics.go:30:13: ... argument does not escape
./runtime_basics.go:30:13: sum escapes to heap
./runtime_basics.go:31:10: new(int) does not escape
./runtime_basics.go:35:13: ... argument does not escape
./runtime_basics.go:35:19: prev == runtime.NumCPU() escapes to heap
./runtime_basics.go:35:62: runtime.GOMAXPROCS(0) == prev escapes to heap
./runtime_basics.go:37:13: ... argument does not escape
./runtime_basics.go:37:14: *x escapes to heap
./runtime_basics.go:37:22: head.v escapes to heap
