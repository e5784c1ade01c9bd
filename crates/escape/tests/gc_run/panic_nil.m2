./panic_nil.go:10:10: t does not escape
./panic_nil.go:18:17: get(t) escapes to heap:
./panic_nil.go:18:17:   flow: {storage for ... argument} = &{storage for get(t)}:
./panic_nil.go:18:17:     from get(t) (spill) at ./panic_nil.go:18:17
./panic_nil.go:18:17:     from ... argument (slice-literal-element) at ./panic_nil.go:18:13
./panic_nil.go:18:17:   flow: {heap} = {storage for ... argument}:
./panic_nil.go:18:17:     from ... argument (spill) at ./panic_nil.go:18:13
./panic_nil.go:18:17:     from fmt.Println(... argument...) (call parameter) at ./panic_nil.go:18:13
./panic_nil.go:16:17: get(t) escapes to heap:
./panic_nil.go:16:17:   flow: {storage for ... argument} = &{storage for get(t)}:
./panic_nil.go:16:17:     from get(t) (spill) at ./panic_nil.go:16:17
./panic_nil.go:16:17:     from ... argument (slice-literal-element) at ./panic_nil.go:16:13
./panic_nil.go:16:17:   flow: {heap} = {storage for ... argument}:
./panic_nil.go:16:17:     from ... argument (spill) at ./panic_nil.go:16:13
./panic_nil.go:16:17:     from fmt.Println(... argument...) (call parameter) at ./panic_nil.go:16:13
./panic_nil.go:15:7: &T{...} does not escape
./panic_nil.go:16:13: ... argument does not escape
./panic_nil.go:16:17: get(t) escapes to heap
./panic_nil.go:18:13: ... argument does not escape
./panic_nil.go:18:17: get(t) escapes to heap
