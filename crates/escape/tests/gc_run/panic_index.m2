./panic_index.go:5:10: s does not escape
./panic_index.go:12:17: get(s, 5) escapes to heap:
./panic_index.go:12:17:   flow: {storage for ... argument} = &{storage for get(s, 5)}:
./panic_index.go:12:17:     from get(s, 5) (spill) at ./panic_index.go:12:17
./panic_index.go:12:17:     from ... argument (slice-literal-element) at ./panic_index.go:12:13
./panic_index.go:12:17:   flow: {heap} = {storage for ... argument}:
./panic_index.go:12:17:     from ... argument (spill) at ./panic_index.go:12:13
./panic_index.go:12:17:     from fmt.Println(... argument...) (call parameter) at ./panic_index.go:12:13
./panic_index.go:11:17: get(s, 2) escapes to heap:
./panic_index.go:11:17:   flow: {storage for ... argument} = &{storage for get(s, 2)}:
./panic_index.go:11:17:     from get(s, 2) (spill) at ./panic_index.go:11:17
./panic_index.go:11:17:     from ... argument (slice-literal-element) at ./panic_index.go:11:13
./panic_index.go:11:17:   flow: {heap} = {storage for ... argument}:
./panic_index.go:11:17:     from ... argument (spill) at ./panic_index.go:11:13
./panic_index.go:11:17:     from fmt.Println(... argument...) (call parameter) at ./panic_index.go:11:13
./panic_index.go:10:12: []int{...} does not escape
./panic_index.go:11:13: ... argument does not escape
./panic_index.go:11:17: get(s, 2) escapes to heap
./panic_index.go:12:13: ... argument does not escape
./panic_index.go:12:17: get(s, 5) escapes to heap
