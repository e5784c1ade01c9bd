./dead_code.go:20:3: moved to heap: y
./dead_code.go:30:14: ... argument does not escape
./dead_code.go:30:14: z escapes to heap
./dead_code.go:42:9: n escapes to heap
./dead_code.go:60:2: moved to heap: k
./dead_code.go:69:13: ... argument does not escape
./dead_code.go:69:15: f(3) escapes to heap
./dead_code.go:69:21: h(1) escapes to heap
