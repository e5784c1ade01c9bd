./exit_big.go:9:13: ... argument does not escape
./exit_big.go:9:14: "bye" escapes to heap
