./goarch.go:15:13: ... argument does not escape
./goarch.go:15:21: runtime.GOOS escapes to heap
./goarch.go:15:28: arch escapes to heap
./goarch.go:15:37: len(runtime.GOARCH) escapes to heap
./goarch.go:15:55: is64 escapes to heap
./goarch.go:19:14: ... argument does not escape
./goarch.go:19:15: "x86-64" escapes to heap
./goarch.go:21:14: ... argument does not escape
./goarch.go:21:15: "aarch64" escapes to heap
./goarch.go:23:14: ... argument does not escape
./goarch.go:23:15: "other" escapes to heap
./goarch.go:26:13: ... argument does not escape
./goarch.go:26:13: s escapes to heap
