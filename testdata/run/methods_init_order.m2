./methods_init_order.go:9:34: x escapes to heap:
./methods_init_order.go:9:34:   flow: {storage for ... argument} = &{storage for x}:
./methods_init_order.go:9:34:     from x (spill) at ./methods_init_order.go:9:34
./methods_init_order.go:9:34:     from ... argument (slice-literal-element) at ./methods_init_order.go:9:33
./methods_init_order.go:9:34:   flow: {heap} = {storage for ... argument}:
./methods_init_order.go:9:34:     from ... argument (spill) at ./methods_init_order.go:9:33
./methods_init_order.go:9:34:     from fmt.Println(... argument...) (call parameter) at ./methods_init_order.go:9:33
./methods_init_order.go:9:34: "show" escapes to heap:
./methods_init_order.go:9:34:   flow: {storage for ... argument} = &{storage for "show"}:
./methods_init_order.go:9:34:     from "show" (spill) at ./methods_init_order.go:9:34
./methods_init_order.go:9:34:     from ... argument (slice-literal-element) at ./methods_init_order.go:9:33
./methods_init_order.go:9:34:   flow: {heap} = {storage for ... argument}:
./methods_init_order.go:9:34:     from ... argument (spill) at ./methods_init_order.go:9:33
./methods_init_order.go:9:34:     from fmt.Println(... argument...) (call parameter) at ./methods_init_order.go:9:33
./methods_init_order.go:9:7: t does not escape
./methods_init_order.go:9:33: ... argument does not escape
./methods_init_order.go:9:34: "show" escapes to heap
./methods_init_order.go:9:34: x escapes to heap
