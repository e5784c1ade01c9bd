./type_switch_nil_deref.go:14:23: v.b escapes to heap:
./type_switch_nil_deref.go:14:23:   flow: {storage for ... argument} = &{storage for v.b}:
./type_switch_nil_deref.go:14:23:     from v.b (spill) at ./type_switch_nil_deref.go:14:23
./type_switch_nil_deref.go:14:23:     from ... argument (slice-literal-element) at ./type_switch_nil_deref.go:14:15
./type_switch_nil_deref.go:14:23:   flow: {heap} = {storage for ... argument}:
./type_switch_nil_deref.go:14:23:     from ... argument (spill) at ./type_switch_nil_deref.go:14:15
./type_switch_nil_deref.go:14:23:     from fmt.Println(... argument...) (call parameter) at ./type_switch_nil_deref.go:14:15
./type_switch_nil_deref.go:14:16: "*T" escapes to heap:
./type_switch_nil_deref.go:14:16:   flow: {storage for ... argument} = &{storage for "*T"}:
./type_switch_nil_deref.go:14:16:     from "*T" (spill) at ./type_switch_nil_deref.go:14:16
./type_switch_nil_deref.go:14:16:     from ... argument (slice-literal-element) at ./type_switch_nil_deref.go:14:15
./type_switch_nil_deref.go:14:16:   flow: {heap} = {storage for ... argument}:
./type_switch_nil_deref.go:14:16:     from ... argument (spill) at ./type_switch_nil_deref.go:14:15
./type_switch_nil_deref.go:14:16:     from fmt.Println(... argument...) (call parameter) at ./type_switch_nil_deref.go:14:15
./type_switch_nil_deref.go:12:27: v.b escapes to heap:
./type_switch_nil_deref.go:12:27:   flow: {storage for ... argument} = &{storage for v.b}:
./type_switch_nil_deref.go:12:27:     from v.b (spill) at ./type_switch_nil_deref.go:12:27
./type_switch_nil_deref.go:12:27:     from ... argument (slice-literal-element) at ./type_switch_nil_deref.go:12:15
./type_switch_nil_deref.go:12:27:   flow: {heap} = {storage for ... argument}:
./type_switch_nil_deref.go:12:27:     from ... argument (spill) at ./type_switch_nil_deref.go:12:15
./type_switch_nil_deref.go:12:27:     from fmt.Println(... argument...) (call parameter) at ./type_switch_nil_deref.go:12:15
./type_switch_nil_deref.go:12:22: v.a escapes to heap:
./type_switch_nil_deref.go:12:22:   flow: {storage for ... argument} = &{storage for v.a}:
./type_switch_nil_deref.go:12:22:     from v.a (spill) at ./type_switch_nil_deref.go:12:22
./type_switch_nil_deref.go:12:22:     from ... argument (slice-literal-element) at ./type_switch_nil_deref.go:12:15
./type_switch_nil_deref.go:12:22:   flow: {heap} = {storage for ... argument}:
./type_switch_nil_deref.go:12:22:     from ... argument (spill) at ./type_switch_nil_deref.go:12:15
./type_switch_nil_deref.go:12:22:     from fmt.Println(... argument...) (call parameter) at ./type_switch_nil_deref.go:12:15
./type_switch_nil_deref.go:12:16: "T" escapes to heap:
./type_switch_nil_deref.go:12:16:   flow: {storage for ... argument} = &{storage for "T"}:
./type_switch_nil_deref.go:12:16:     from "T" (spill) at ./type_switch_nil_deref.go:12:16
./type_switch_nil_deref.go:12:16:     from ... argument (slice-literal-element) at ./type_switch_nil_deref.go:12:15
./type_switch_nil_deref.go:12:16:   flow: {heap} = {storage for ... argument}:
./type_switch_nil_deref.go:12:16:     from ... argument (spill) at ./type_switch_nil_deref.go:12:15
./type_switch_nil_deref.go:12:16:     from fmt.Println(... argument...) (call parameter) at ./type_switch_nil_deref.go:12:15
./type_switch_nil_deref.go:8:24: []interface {}{...} does not escape
./type_switch_nil_deref.go:8:26: T{...} does not escape
./type_switch_nil_deref.go:12:15: ... argument does not escape
./type_switch_nil_deref.go:12:16: "T" escapes to heap
./type_switch_nil_deref.go:12:22: v.a escapes to heap
./type_switch_nil_deref.go:12:27: v.b escapes to heap
./type_switch_nil_deref.go:14:15: ... argument does not escape
./type_switch_nil_deref.go:14:16: "*T" escapes to heap
./type_switch_nil_deref.go:14:23: v.b escapes to heap
