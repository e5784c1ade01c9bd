./panic_index_u64.go:9:15: s[i] escapes to heap:
./panic_index_u64.go:9:15:   flow: {storage for ... argument} = &{storage for s[i]}:
./panic_index_u64.go:9:15:     from s[i] (spill) at ./panic_index_u64.go:9:15
./panic_index_u64.go:9:15:     from ... argument (slice-literal-element) at ./panic_index_u64.go:9:13
./panic_index_u64.go:9:15:   flow: {heap} = {storage for ... argument}:
./panic_index_u64.go:9:15:     from ... argument (spill) at ./panic_index_u64.go:9:13
./panic_index_u64.go:9:15:     from fmt.Println(... argument...) (call parameter) at ./panic_index_u64.go:9:13
./panic_index_u64.go:8:15: s[2] escapes to heap:
./panic_index_u64.go:8:15:   flow: {storage for ... argument} = &{storage for s[2]}:
./panic_index_u64.go:8:15:     from s[2] (spill) at ./panic_index_u64.go:8:15
./panic_index_u64.go:8:15:     from ... argument (slice-literal-element) at ./panic_index_u64.go:8:13
./panic_index_u64.go:8:15:   flow: {heap} = {storage for ... argument}:
./panic_index_u64.go:8:15:     from ... argument (spill) at ./panic_index_u64.go:8:13
./panic_index_u64.go:8:15:     from fmt.Println(... argument...) (call parameter) at ./panic_index_u64.go:8:13
./panic_index_u64.go:6:12: []int{...} does not escape
./panic_index_u64.go:8:13: ... argument does not escape
./panic_index_u64.go:8:15: s[2] escapes to heap
./panic_index_u64.go:9:13: ... argument does not escape
./panic_index_u64.go:9:15: s[i] escapes to heap
