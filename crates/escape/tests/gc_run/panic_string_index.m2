./panic_string_index.go:9:15: s[i] escapes to heap:
./panic_string_index.go:9:15:   flow: {storage for ... argument} = &{storage for s[i]}:
./panic_string_index.go:9:15:     from s[i] (spill) at ./panic_string_index.go:9:15
./panic_string_index.go:9:15:     from ... argument (slice-literal-element) at ./panic_string_index.go:9:13
./panic_string_index.go:9:15:   flow: {heap} = {storage for ... argument}:
./panic_string_index.go:9:15:     from ... argument (spill) at ./panic_string_index.go:9:13
./panic_string_index.go:9:15:     from fmt.Println(... argument...) (call parameter) at ./panic_string_index.go:9:13
./panic_string_index.go:8:15: s[i - 1] escapes to heap:
./panic_string_index.go:8:15:   flow: {storage for ... argument} = &{storage for s[i - 1]}:
./panic_string_index.go:8:15:     from s[i - 1] (spill) at ./panic_string_index.go:8:15
./panic_string_index.go:8:15:     from ... argument (slice-literal-element) at ./panic_string_index.go:8:13
./panic_string_index.go:8:15:   flow: {heap} = {storage for ... argument}:
./panic_string_index.go:8:15:     from ... argument (spill) at ./panic_string_index.go:8:13
./panic_string_index.go:8:15:     from fmt.Println(... argument...) (call parameter) at ./panic_string_index.go:8:13
./panic_string_index.go:8:13: ... argument does not escape
./panic_string_index.go:8:15: s[i - 1] escapes to heap
./panic_string_index.go:9:13: ... argument does not escape
./panic_string_index.go:9:15: s[i] escapes to heap
