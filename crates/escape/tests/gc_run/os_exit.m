./os_exit.go:9:13: ... argument does not escape
./os_exit.go:9:14: "before exit" escapes to heap
./os_exit.go:15:13: ... argument does not escape
./os_exit.go:15:14: "after exit" escapes to heap
