./type_switch_heap_var.go:8:8: leaking param content: x
./type_switch_heap_var.go:10:10: moved to heap: v
./type_switch_heap_var.go:13:13: moved to heap: v
./type_switch_heap_var.go:20:4: 1 does not escape
./type_switch_heap_var.go:21:4: "a" does not escape
./type_switch_heap_var.go:22:13: ... argument does not escape
./type_switch_heap_var.go:22:14: *gi escapes to heap
./type_switch_heap_var.go:22:19: *gs escapes to heap
./type_switch_heap_var.go:24:4: i does not escape
./type_switch_heap_var.go:26:13: ... argument does not escape
./type_switch_heap_var.go:26:14: *gi escapes to heap
