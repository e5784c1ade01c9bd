./body_variadic_iface.go:11:8: xs does not escape
./body_variadic_iface.go:20:2: g(1, 2, 3) escapes to heap:
./body_variadic_iface.go:20:2:   flow: {heap} = &{storage for g(1, 2, 3)}:
./body_variadic_iface.go:20:2:     from g(1, 2, 3) (spill) at ./body_variadic_iface.go:20:2
./body_variadic_iface.go:20:2:     from sink = g(1, 2, 3) (assign) at ./body_variadic_iface.go:20:7
./body_variadic_iface.go:20:2: g(... argument...) escapes to heap
./body_variadic_iface.go:20:10: ... argument does not escape
./body_variadic_iface.go:27:22: g(... argument...) escapes to heap:
./body_variadic_iface.go:27:22:   flow: {storage for ... argument} = &{storage for g(... argument...)}:
./body_variadic_iface.go:27:22:     from g(... argument...) (spill) at ./body_variadic_iface.go:27:22
./body_variadic_iface.go:27:22:     from ... argument (slice-literal-element) at ./body_variadic_iface.go:27:13
./body_variadic_iface.go:27:22:   flow: {heap} = {storage for ... argument}:
./body_variadic_iface.go:27:22:     from ... argument (spill) at ./body_variadic_iface.go:27:13
./body_variadic_iface.go:27:22:     from fmt.Println(... argument...) (call parameter) at ./body_variadic_iface.go:27:13
./body_variadic_iface.go:26:27: g(nil...) escapes to heap:
./body_variadic_iface.go:26:27:   flow: other = &{storage for g(nil...)}:
./body_variadic_iface.go:26:27:     from g(nil...) (spill) at ./body_variadic_iface.go:26:27
./body_variadic_iface.go:26:27:     from other = g(nil...) (assign) at ./body_variadic_iface.go:26:6
./body_variadic_iface.go:26:27:   flow: {storage for ... argument} = other:
./body_variadic_iface.go:26:27:     from ... argument (slice-literal-element) at ./body_variadic_iface.go:27:13
./body_variadic_iface.go:26:27:   flow: {heap} = {storage for ... argument}:
./body_variadic_iface.go:26:27:     from ... argument (spill) at ./body_variadic_iface.go:27:13
./body_variadic_iface.go:26:27:     from fmt.Println(... argument...) (call parameter) at ./body_variadic_iface.go:27:13
./body_variadic_iface.go:25:13: ... argument does not escape
./body_variadic_iface.go:26:27: g(nil...) escapes to heap
./body_variadic_iface.go:27:13: ... argument does not escape
./body_variadic_iface.go:27:22: g(... argument...) escapes to heap
./body_variadic_iface.go:27:22: ... argument does not escape
