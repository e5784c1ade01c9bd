./panic_custom_int.go:8:8: n escapes to heap:
./panic_custom_int.go:8:8:   flow: {heap} = &{storage for n}:
./panic_custom_int.go:8:8:     from n (spill) at ./panic_custom_int.go:8:8
./panic_custom_int.go:8:8:     from panic(n) (call parameter) at ./panic_custom_int.go:8:7
./panic_custom_int.go:6:14: "before" escapes to heap:
./panic_custom_int.go:6:14:   flow: {storage for ... argument} = &{storage for "before"}:
./panic_custom_int.go:6:14:     from "before" (spill) at ./panic_custom_int.go:6:14
./panic_custom_int.go:6:14:     from ... argument (slice-literal-element) at ./panic_custom_int.go:6:13
./panic_custom_int.go:6:14:   flow: {heap} = {storage for ... argument}:
./panic_custom_int.go:6:14:     from ... argument (spill) at ./panic_custom_int.go:6:13
./panic_custom_int.go:6:14:     from fmt.Println(... argument...) (call parameter) at ./panic_custom_int.go:6:13
./panic_custom_int.go:6:13: ... argument does not escape
./panic_custom_int.go:6:14: "before" escapes to heap
./panic_custom_int.go:8:8: n escapes to heap
