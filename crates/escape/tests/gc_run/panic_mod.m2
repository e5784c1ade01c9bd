./panic_mod.go:9:16: a % b escapes to heap:
./panic_mod.go:9:16:   flow: {storage for ... argument} = &{storage for a % b}:
./panic_mod.go:9:16:     from a % b (spill) at ./panic_mod.go:9:16
./panic_mod.go:9:16:     from ... argument (slice-literal-element) at ./panic_mod.go:9:13
./panic_mod.go:9:16:   flow: {heap} = {storage for ... argument}:
./panic_mod.go:9:16:     from ... argument (spill) at ./panic_mod.go:9:13
./panic_mod.go:9:16:     from fmt.Println(... argument...) (call parameter) at ./panic_mod.go:9:13
./panic_mod.go:8:16: a % 3 escapes to heap:
./panic_mod.go:8:16:   flow: {storage for ... argument} = &{storage for a % 3}:
./panic_mod.go:8:16:     from a % 3 (spill) at ./panic_mod.go:8:16
./panic_mod.go:8:16:     from ... argument (slice-literal-element) at ./panic_mod.go:8:13
./panic_mod.go:8:16:   flow: {heap} = {storage for ... argument}:
./panic_mod.go:8:16:     from ... argument (spill) at ./panic_mod.go:8:13
./panic_mod.go:8:16:     from fmt.Println(... argument...) (call parameter) at ./panic_mod.go:8:13
./panic_mod.go:8:13: ... argument does not escape
./panic_mod.go:8:16: a % 3 escapes to heap
./panic_mod.go:9:13: ... argument does not escape
./panic_mod.go:9:16: a % b escapes to heap
