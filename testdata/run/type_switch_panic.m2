./type_switch_panic.go:13:9: "too big" escapes to heap:
./type_switch_panic.go:13:9:   flow: {heap} = &{storage for "too big"}:
./type_switch_panic.go:13:9:     from "too big" (spill) at ./type_switch_panic.go:13:9
./type_switch_panic.go:13:9:     from panic("too big") (call parameter) at ./type_switch_panic.go:13:9
./type_switch_panic.go:17:24: *v escapes to heap:
./type_switch_panic.go:17:24:   flow: {storage for ... argument} = &{storage for *v}:
./type_switch_panic.go:17:24:     from *v (spill) at ./type_switch_panic.go:17:24
./type_switch_panic.go:17:24:     from ... argument (slice-literal-element) at ./type_switch_panic.go:17:14
./type_switch_panic.go:17:24:   flow: {heap} = {storage for ... argument}:
./type_switch_panic.go:17:24:     from ... argument (spill) at ./type_switch_panic.go:17:14
./type_switch_panic.go:17:24:     from fmt.Println(... argument...) (call parameter) at ./type_switch_panic.go:17:14
./type_switch_panic.go:17:15: "deref" escapes to heap:
./type_switch_panic.go:17:15:   flow: {storage for ... argument} = &{storage for "deref"}:
./type_switch_panic.go:17:15:     from "deref" (spill) at ./type_switch_panic.go:17:15
./type_switch_panic.go:17:15:     from ... argument (slice-literal-element) at ./type_switch_panic.go:17:14
./type_switch_panic.go:17:15:   flow: {heap} = {storage for ... argument}:
./type_switch_panic.go:17:15:     from ... argument (spill) at ./type_switch_panic.go:17:14
./type_switch_panic.go:17:15:     from fmt.Println(... argument...) (call parameter) at ./type_switch_panic.go:17:14
./type_switch_panic.go:15:15: v escapes to heap:
./type_switch_panic.go:15:15:   flow: {storage for ... argument} = &{storage for v}:
./type_switch_panic.go:15:15:     from v (spill) at ./type_switch_panic.go:15:15
./type_switch_panic.go:15:15:     from ... argument (slice-literal-element) at ./type_switch_panic.go:15:14
./type_switch_panic.go:15:15:   flow: {heap} = {storage for ... argument}:
./type_switch_panic.go:15:15:     from ... argument (spill) at ./type_switch_panic.go:15:14
./type_switch_panic.go:15:15:     from fmt.Println(... argument...) (call parameter) at ./type_switch_panic.go:15:14
./type_switch_panic.go:15:15: "int" escapes to heap:
./type_switch_panic.go:15:15:   flow: {storage for ... argument} = &{storage for "int"}:
./type_switch_panic.go:15:15:     from "int" (spill) at ./type_switch_panic.go:15:15
./type_switch_panic.go:15:15:     from ... argument (slice-literal-element) at ./type_switch_panic.go:15:14
./type_switch_panic.go:15:15:   flow: {heap} = {storage for ... argument}:
./type_switch_panic.go:15:15:     from ... argument (spill) at ./type_switch_panic.go:15:14
./type_switch_panic.go:15:15:     from fmt.Println(... argument...) (call parameter) at ./type_switch_panic.go:15:14
./type_switch_panic.go:10:15: "nil operand" escapes to heap:
./type_switch_panic.go:10:15:   flow: {storage for ... argument} = &{storage for "nil operand"}:
./type_switch_panic.go:10:15:     from "nil operand" (spill) at ./type_switch_panic.go:10:15
./type_switch_panic.go:10:15:     from ... argument (slice-literal-element) at ./type_switch_panic.go:10:14
./type_switch_panic.go:10:15:   flow: {heap} = {storage for ... argument}:
./type_switch_panic.go:10:15:     from ... argument (spill) at ./type_switch_panic.go:10:14
./type_switch_panic.go:10:15:     from fmt.Println(... argument...) (call parameter) at ./type_switch_panic.go:10:14
./type_switch_panic.go:7:12: x does not escape
./type_switch_panic.go:10:14: ... argument does not escape
./type_switch_panic.go:10:15: "nil operand" escapes to heap
./type_switch_panic.go:13:9: "too big" escapes to heap
./type_switch_panic.go:15:14: ... argument does not escape
./type_switch_panic.go:15:15: "int" escapes to heap
./type_switch_panic.go:15:15: v escapes to heap
./type_switch_panic.go:17:14: ... argument does not escape
./type_switch_panic.go:17:15: "deref" escapes to heap
./type_switch_panic.go:17:24: *v escapes to heap
./type_switch_panic.go:23:8: 1 does not escape
./type_switch_panic.go:26:8: 3 does not escape
./type_switch_panic.go:27:7: n does not escape
