./panic_index_i8.go:9:15: s[i] escapes to heap:
./panic_index_i8.go:9:15:   flow: {storage for ... argument} = &{storage for s[i]}:
./panic_index_i8.go:9:15:     from s[i] (spill) at ./panic_index_i8.go:9:15
./panic_index_i8.go:9:15:     from ... argument (slice-literal-element) at ./panic_index_i8.go:9:13
./panic_index_i8.go:9:15:   flow: {heap} = {storage for ... argument}:
./panic_index_i8.go:9:15:     from ... argument (spill) at ./panic_index_i8.go:9:13
./panic_index_i8.go:9:15:     from fmt.Println(... argument...) (call parameter) at ./panic_index_i8.go:9:13
./panic_index_i8.go:8:15: s[4] escapes to heap:
./panic_index_i8.go:8:15:   flow: {storage for ... argument} = &{storage for s[4]}:
./panic_index_i8.go:8:15:     from s[4] (spill) at ./panic_index_i8.go:8:15
./panic_index_i8.go:8:15:     from ... argument (slice-literal-element) at ./panic_index_i8.go:8:13
./panic_index_i8.go:8:15:   flow: {heap} = {storage for ... argument}:
./panic_index_i8.go:8:15:     from ... argument (spill) at ./panic_index_i8.go:8:13
./panic_index_i8.go:8:15:     from fmt.Println(... argument...) (call parameter) at ./panic_index_i8.go:8:13
./panic_index_i8.go:8:13: ... argument does not escape
./panic_index_i8.go:8:15: s[4] escapes to heap
./panic_index_i8.go:9:13: ... argument does not escape
./panic_index_i8.go:9:15: s[i] escapes to heap
