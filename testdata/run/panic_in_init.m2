./panic_in_init.go:10:13: make([]int, n) escapes to heap:
./panic_in_init.go:10:13:   flow: {heap} = &{storage for make([]int, n)}:
./panic_in_init.go:10:13:     from make([]int, n) (non-constant size) at ./panic_in_init.go:10:13
./panic_in_init.go:9:14: n escapes to heap:
./panic_in_init.go:9:14:   flow: {storage for ... argument} = &{storage for n}:
./panic_in_init.go:9:14:     from n (spill) at ./panic_in_init.go:9:14
./panic_in_init.go:9:14:     from ... argument (slice-literal-element) at ./panic_in_init.go:9:13
./panic_in_init.go:9:14:   flow: {heap} = {storage for ... argument}:
./panic_in_init.go:9:14:     from ... argument (spill) at ./panic_in_init.go:9:13
./panic_in_init.go:9:14:     from fmt.Println(... argument...) (call parameter) at ./panic_in_init.go:9:13
./panic_in_init.go:9:14: "building" escapes to heap:
./panic_in_init.go:9:14:   flow: {storage for ... argument} = &{storage for "building"}:
./panic_in_init.go:9:14:     from "building" (spill) at ./panic_in_init.go:9:14
./panic_in_init.go:9:14:     from ... argument (slice-literal-element) at ./panic_in_init.go:9:13
./panic_in_init.go:9:14:   flow: {heap} = {storage for ... argument}:
./panic_in_init.go:9:14:     from ... argument (spill) at ./panic_in_init.go:9:13
./panic_in_init.go:9:14:     from fmt.Println(... argument...) (call parameter) at ./panic_in_init.go:9:13
./panic_in_init.go:9:13: ... argument does not escape
./panic_in_init.go:9:14: "building" escapes to heap
./panic_in_init.go:9:14: n escapes to heap
./panic_in_init.go:10:13: make([]int, n) escapes to heap
./panic_in_init.go:14:14: x escapes to heap:
./panic_in_init.go:14:14:   flow: {storage for ... argument} = &{storage for x}:
./panic_in_init.go:14:14:     from x (spill) at ./panic_in_init.go:14:14
./panic_in_init.go:14:14:     from ... argument (slice-literal-element) at ./panic_in_init.go:14:13
./panic_in_init.go:14:14:   flow: {heap} = {storage for ... argument}:
./panic_in_init.go:14:14:     from ... argument (spill) at ./panic_in_init.go:14:13
./panic_in_init.go:14:14:     from fmt.Println(... argument...) (call parameter) at ./panic_in_init.go:14:13
./panic_in_init.go:14:14: "main" escapes to heap:
./panic_in_init.go:14:14:   flow: {storage for ... argument} = &{storage for "main"}:
./panic_in_init.go:14:14:     from "main" (spill) at ./panic_in_init.go:14:14
./panic_in_init.go:14:14:     from ... argument (slice-literal-element) at ./panic_in_init.go:14:13
./panic_in_init.go:14:14:   flow: {heap} = {storage for ... argument}:
./panic_in_init.go:14:14:     from ... argument (spill) at ./panic_in_init.go:14:13
./panic_in_init.go:14:14:     from fmt.Println(... argument...) (call parameter) at ./panic_in_init.go:14:13
./panic_in_init.go:14:13: ... argument does not escape
./panic_in_init.go:14:14: "main" escapes to heap
./panic_in_init.go:14:14: x escapes to heap
