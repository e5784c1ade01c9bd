./panic_makeslice.go:7:11: make([]int, n) escapes to heap:
./panic_makeslice.go:7:11:   flow: {heap} = &{storage for make([]int, n)}:
./panic_makeslice.go:7:11:     from make([]int, n) (non-constant size) at ./panic_makeslice.go:7:11
./panic_makeslice.go:10:11: make([]int, n) escapes to heap:
./panic_makeslice.go:10:11:   flow: {heap} = &{storage for make([]int, n)}:
./panic_makeslice.go:10:11:     from make([]int, n) (non-constant size) at ./panic_makeslice.go:10:11
./panic_makeslice.go:11:13: t escapes to heap:
./panic_makeslice.go:11:13:   flow: {storage for ... argument} = &{storage for t}:
./panic_makeslice.go:11:13:     from t (spill) at ./panic_makeslice.go:11:13
./panic_makeslice.go:11:13:     from ... argument (slice-literal-element) at ./panic_makeslice.go:11:13
./panic_makeslice.go:11:13:   flow: {heap} = {storage for ... argument}:
./panic_makeslice.go:11:13:     from ... argument (spill) at ./panic_makeslice.go:11:13
./panic_makeslice.go:11:13:     from fmt.Println(... argument...) (call parameter) at ./panic_makeslice.go:11:13
./panic_makeslice.go:8:13: s escapes to heap:
./panic_makeslice.go:8:13:   flow: {storage for ... argument} = &{storage for s}:
./panic_makeslice.go:8:13:     from s (spill) at ./panic_makeslice.go:8:13
./panic_makeslice.go:8:13:     from ... argument (slice-literal-element) at ./panic_makeslice.go:8:13
./panic_makeslice.go:8:13:   flow: {heap} = {storage for ... argument}:
./panic_makeslice.go:8:13:     from ... argument (spill) at ./panic_makeslice.go:8:13
./panic_makeslice.go:8:13:     from fmt.Println(... argument...) (call parameter) at ./panic_makeslice.go:8:13
./panic_makeslice.go:7:11: make([]int, n) escapes to heap
./panic_makeslice.go:8:13: ... argument does not escape
./panic_makeslice.go:8:13: s escapes to heap
./panic_makeslice.go:10:11: make([]int, n) escapes to heap
./panic_makeslice.go:11:13: ... argument does not escape
./panic_makeslice.go:11:13: t escapes to heap
