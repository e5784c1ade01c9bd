./os_exit.go:15:14: "after exit" escapes to heap:
./os_exit.go:15:14:   flow: {storage for ... argument} = &{storage for "after exit"}:
./os_exit.go:15:14:     from "after exit" (spill) at ./os_exit.go:15:14
./os_exit.go:15:14:     from ... argument (slice-literal-element) at ./os_exit.go:15:13
./os_exit.go:15:14:   flow: {heap} = {storage for ... argument}:
./os_exit.go:15:14:     from ... argument (spill) at ./os_exit.go:15:13
./os_exit.go:15:14:     from fmt.Println(... argument...) (call parameter) at ./os_exit.go:15:13
./os_exit.go:9:14: "before exit" escapes to heap:
./os_exit.go:9:14:   flow: {storage for ... argument} = &{storage for "before exit"}:
./os_exit.go:9:14:     from "before exit" (spill) at ./os_exit.go:9:14
./os_exit.go:9:14:     from ... argument (slice-literal-element) at ./os_exit.go:9:13
./os_exit.go:9:14:   flow: {heap} = {storage for ... argument}:
./os_exit.go:9:14:     from ... argument (spill) at ./os_exit.go:9:13
./os_exit.go:9:14:     from fmt.Println(... argument...) (call parameter) at ./os_exit.go:9:13
./os_exit.go:9:13: ... argument does not escape
./os_exit.go:9:14: "before exit" escapes to heap
./os_exit.go:15:13: ... argument does not escape
./os_exit.go:15:14: "after exit" escapes to heap
