./exit_code.go:10:35: n * 10 + 7 escapes to heap:
./exit_code.go:10:35:   flow: {storage for ... argument} = &{storage for n * 10 + 7}:
./exit_code.go:10:35:     from n * 10 + 7 (spill) at ./exit_code.go:10:35
./exit_code.go:10:35:     from ... argument (slice-literal-element) at ./exit_code.go:10:14
./exit_code.go:10:35:   flow: {heap} = {storage for ... argument}:
./exit_code.go:10:35:     from ... argument (spill) at ./exit_code.go:10:14
./exit_code.go:10:35:     from fmt.Println(... argument...) (call parameter) at ./exit_code.go:10:14
./exit_code.go:10:15: "exiting with" escapes to heap:
./exit_code.go:10:15:   flow: {storage for ... argument} = &{storage for "exiting with"}:
./exit_code.go:10:15:     from "exiting with" (spill) at ./exit_code.go:10:15
./exit_code.go:10:15:     from ... argument (slice-literal-element) at ./exit_code.go:10:14
./exit_code.go:10:15:   flow: {heap} = {storage for ... argument}:
./exit_code.go:10:15:     from ... argument (spill) at ./exit_code.go:10:14
./exit_code.go:10:15:     from fmt.Println(... argument...) (call parameter) at ./exit_code.go:10:14
./exit_code.go:10:14: ... argument does not escape
./exit_code.go:10:15: "exiting with" escapes to heap
./exit_code.go:10:35: n * 10 + 7 escapes to heap
