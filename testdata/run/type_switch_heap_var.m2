./type_switch_heap_var.go:10:10: v escapes to heap:
./type_switch_heap_var.go:10:10:   flow: {heap} = &v:
./type_switch_heap_var.go:10:10:     from &v (address-of) at ./type_switch_heap_var.go:11:8
./type_switch_heap_var.go:10:10:     from gi = &v (assign) at ./type_switch_heap_var.go:11:6
./type_switch_heap_var.go:13:13: v escapes to heap:
./type_switch_heap_var.go:13:13:   flow: {heap} = &v:
./type_switch_heap_var.go:13:13:     from &v (address-of) at ./type_switch_heap_var.go:14:8
./type_switch_heap_var.go:13:13:     from gs = &v (assign) at ./type_switch_heap_var.go:14:6
./type_switch_heap_var.go:8:8: parameter x leaks to v with derefs=1:
./type_switch_heap_var.go:8:8:   flow: v = *x:
./type_switch_heap_var.go:8:8:     from case string: gs = &v; v += "!" (switch case) at ./type_switch_heap_var.go:13:2
./type_switch_heap_var.go:8:8: leaking param content: x
./type_switch_heap_var.go:10:10: moved to heap: v
./type_switch_heap_var.go:13:13: moved to heap: v
./type_switch_heap_var.go:26:14: *gi escapes to heap:
./type_switch_heap_var.go:26:14:   flow: {storage for ... argument} = &{storage for *gi}:
./type_switch_heap_var.go:26:14:     from *gi (spill) at ./type_switch_heap_var.go:26:14
./type_switch_heap_var.go:26:14:     from ... argument (slice-literal-element) at ./type_switch_heap_var.go:26:13
./type_switch_heap_var.go:26:14:   flow: {heap} = {storage for ... argument}:
./type_switch_heap_var.go:26:14:     from ... argument (spill) at ./type_switch_heap_var.go:26:13
./type_switch_heap_var.go:26:14:     from fmt.Println(... argument...) (call parameter) at ./type_switch_heap_var.go:26:13
./type_switch_heap_var.go:22:19: *gs escapes to heap:
./type_switch_heap_var.go:22:19:   flow: {storage for ... argument} = &{storage for *gs}:
./type_switch_heap_var.go:22:19:     from *gs (spill) at ./type_switch_heap_var.go:22:19
./type_switch_heap_var.go:22:19:     from ... argument (slice-literal-element) at ./type_switch_heap_var.go:22:13
./type_switch_heap_var.go:22:19:   flow: {heap} = {storage for ... argument}:
./type_switch_heap_var.go:22:19:     from ... argument (spill) at ./type_switch_heap_var.go:22:13
./type_switch_heap_var.go:22:19:     from fmt.Println(... argument...) (call parameter) at ./type_switch_heap_var.go:22:13
./type_switch_heap_var.go:22:14: *gi escapes to heap:
./type_switch_heap_var.go:22:14:   flow: {storage for ... argument} = &{storage for *gi}:
./type_switch_heap_var.go:22:14:     from *gi (spill) at ./type_switch_heap_var.go:22:14
./type_switch_heap_var.go:22:14:     from ... argument (slice-literal-element) at ./type_switch_heap_var.go:22:13
./type_switch_heap_var.go:22:14:   flow: {heap} = {storage for ... argument}:
./type_switch_heap_var.go:22:14:     from ... argument (spill) at ./type_switch_heap_var.go:22:13
./type_switch_heap_var.go:22:14:     from fmt.Println(... argument...) (call parameter) at ./type_switch_heap_var.go:22:13
./type_switch_heap_var.go:20:4: 1 does not escape
./type_switch_heap_var.go:21:4: "a" does not escape
./type_switch_heap_var.go:22:13: ... argument does not escape
./type_switch_heap_var.go:22:14: *gi escapes to heap
./type_switch_heap_var.go:22:19: *gs escapes to heap
./type_switch_heap_var.go:24:4: i does not escape
./type_switch_heap_var.go:26:13: ... argument does not escape
./type_switch_heap_var.go:26:14: *gi escapes to heap
