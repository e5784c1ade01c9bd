./fib.go:14:14: ... argument does not escape
./fib.go:14:14: i escapes to heap
./fib.go:14:21: fib(i) escapes to heap
