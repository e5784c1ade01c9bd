./init_panic.go:11:8: "limit too high" escapes to heap:
./init_panic.go:11:8:   flow: {heap} = &{storage for "limit too high"}:
./init_panic.go:11:8:     from "limit too high" (spill) at ./init_panic.go:11:8
./init_panic.go:11:8:     from panic("limit too high") (call parameter) at ./init_panic.go:11:8
./init_panic.go:8:14: "checking limit" escapes to heap:
./init_panic.go:8:14:   flow: {storage for ... argument} = &{storage for "checking limit"}:
./init_panic.go:8:14:     from "checking limit" (spill) at ./init_panic.go:8:14
./init_panic.go:8:14:     from ... argument (slice-literal-element) at ./init_panic.go:8:13
./init_panic.go:8:14:   flow: {heap} = {storage for ... argument}:
./init_panic.go:8:14:     from ... argument (spill) at ./init_panic.go:8:13
./init_panic.go:8:14:     from fmt.Println(... argument...) (call parameter) at ./init_panic.go:8:13
./init_panic.go:8:13: ... argument does not escape
./init_panic.go:8:14: "checking limit" escapes to heap
./init_panic.go:11:8: "limit too high" escapes to heap
./init_panic.go:16:14: "not reached" escapes to heap:
./init_panic.go:16:14:   flow: {storage for ... argument} = &{storage for "not reached"}:
./init_panic.go:16:14:     from "not reached" (spill) at ./init_panic.go:16:14
./init_panic.go:16:14:     from ... argument (slice-literal-element) at ./init_panic.go:16:13
./init_panic.go:16:14:   flow: {heap} = {storage for ... argument}:
./init_panic.go:16:14:     from ... argument (spill) at ./init_panic.go:16:13
./init_panic.go:16:14:     from fmt.Println(... argument...) (call parameter) at ./init_panic.go:16:13
./init_panic.go:16:13: ... argument does not escape
./init_panic.go:16:14: "not reached" escapes to heap
