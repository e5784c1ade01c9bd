./panic_index_u8.go:9:15: a[i] escapes to heap:
./panic_index_u8.go:9:15:   flow: {storage for ... argument} = &{storage for a[i]}:
./panic_index_u8.go:9:15:     from a[i] (spill) at ./panic_index_u8.go:9:15
./panic_index_u8.go:9:15:     from ... argument (slice-literal-element) at ./panic_index_u8.go:9:13
./panic_index_u8.go:9:15:   flow: {heap} = {storage for ... argument}:
./panic_index_u8.go:9:15:     from ... argument (spill) at ./panic_index_u8.go:9:13
./panic_index_u8.go:9:15:     from fmt.Println(... argument...) (call parameter) at ./panic_index_u8.go:9:13
./panic_index_u8.go:8:15: a[199] escapes to heap:
./panic_index_u8.go:8:15:   flow: {storage for ... argument} = &{storage for a[199]}:
./panic_index_u8.go:8:15:     from a[199] (spill) at ./panic_index_u8.go:8:15
./panic_index_u8.go:8:15:     from ... argument (slice-literal-element) at ./panic_index_u8.go:8:13
./panic_index_u8.go:8:15:   flow: {heap} = {storage for ... argument}:
./panic_index_u8.go:8:15:     from ... argument (spill) at ./panic_index_u8.go:8:13
./panic_index_u8.go:8:15:     from fmt.Println(... argument...) (call parameter) at ./panic_index_u8.go:8:13
./panic_index_u8.go:8:13: ... argument does not escape
./panic_index_u8.go:8:15: a[199] escapes to heap
./panic_index_u8.go:9:13: ... argument does not escape
./panic_index_u8.go:9:15: a[i] escapes to heap
