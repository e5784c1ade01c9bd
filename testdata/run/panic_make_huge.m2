./panic_make_huge.go:9:11: make([]int64, n) escapes to heap:
./panic_make_huge.go:9:11:   flow: {heap} = &{storage for make([]int64, n)}:
./panic_make_huge.go:9:11:     from make([]int64, n) (non-constant size) at ./panic_make_huge.go:9:11
./panic_make_huge.go:10:17: len(t) escapes to heap:
./panic_make_huge.go:10:17:   flow: {storage for ... argument} = &{storage for len(t)}:
./panic_make_huge.go:10:17:     from len(t) (spill) at ./panic_make_huge.go:10:17
./panic_make_huge.go:10:17:     from ... argument (slice-literal-element) at ./panic_make_huge.go:10:13
./panic_make_huge.go:10:17:   flow: {heap} = {storage for ... argument}:
./panic_make_huge.go:10:17:     from ... argument (spill) at ./panic_make_huge.go:10:13
./panic_make_huge.go:10:17:     from fmt.Println(... argument...) (call parameter) at ./panic_make_huge.go:10:13
./panic_make_huge.go:8:25: cap(s) escapes to heap:
./panic_make_huge.go:8:25:   flow: {storage for ... argument} = &{storage for cap(s)}:
./panic_make_huge.go:8:25:     from cap(s) (spill) at ./panic_make_huge.go:8:25
./panic_make_huge.go:8:25:     from ... argument (slice-literal-element) at ./panic_make_huge.go:8:13
./panic_make_huge.go:8:25:   flow: {heap} = {storage for ... argument}:
./panic_make_huge.go:8:25:     from ... argument (spill) at ./panic_make_huge.go:8:13
./panic_make_huge.go:8:25:     from fmt.Println(... argument...) (call parameter) at ./panic_make_huge.go:8:13
./panic_make_huge.go:8:17: len(s) escapes to heap:
./panic_make_huge.go:8:17:   flow: {storage for ... argument} = &{storage for len(s)}:
./panic_make_huge.go:8:17:     from len(s) (spill) at ./panic_make_huge.go:8:17
./panic_make_huge.go:8:17:     from ... argument (slice-literal-element) at ./panic_make_huge.go:8:13
./panic_make_huge.go:8:17:   flow: {heap} = {storage for ... argument}:
./panic_make_huge.go:8:17:     from ... argument (spill) at ./panic_make_huge.go:8:13
./panic_make_huge.go:8:17:     from fmt.Println(... argument...) (call parameter) at ./panic_make_huge.go:8:13
./panic_make_huge.go:7:11: make([]byte, 10, 20) does not escape
./panic_make_huge.go:8:13: ... argument does not escape
./panic_make_huge.go:8:17: len(s) escapes to heap
./panic_make_huge.go:8:25: cap(s) escapes to heap
./panic_make_huge.go:9:11: make([]int64, n) escapes to heap
./panic_make_huge.go:10:13: ... argument does not escape
./panic_make_huge.go:10:17: len(t) escapes to heap
