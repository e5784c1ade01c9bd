./fib.go:14:21: fib(i) escapes to heap:
./fib.go:14:21:   flow: {storage for ... argument} = &{storage for fib(i)}:
./fib.go:14:21:     from fib(i) (spill) at ./fib.go:14:21
./fib.go:14:21:     from ... argument (slice-literal-element) at ./fib.go:14:14
./fib.go:14:21:   flow: {heap} = {storage for ... argument}:
./fib.go:14:21:     from ... argument (spill) at ./fib.go:14:14
./fib.go:14:21:     from fmt.Println(... argument...) (call parameter) at ./fib.go:14:14
./fib.go:14:14: i escapes to heap:
./fib.go:14:14:   flow: {storage for ... argument} = &{storage for i}:
./fib.go:14:14:     from i (spill) at ./fib.go:14:14
./fib.go:14:14:     from ... argument (slice-literal-element) at ./fib.go:14:14
./fib.go:14:14:   flow: {heap} = {storage for ... argument}:
./fib.go:14:14:     from ... argument (spill) at ./fib.go:14:14
./fib.go:14:14:     from fmt.Println(... argument...) (call parameter) at ./fib.go:14:14
./fib.go:14:14: ... argument does not escape
./fib.go:14:14: i escapes to heap
./fib.go:14:21: fib(i) escapes to heap
