./exit_code.go:10:14: ... argument does not escape
./exit_code.go:10:15: "exiting with" escapes to heap
./exit_code.go:10:35: n * 10 + 7 escapes to heap
