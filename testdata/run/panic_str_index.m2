./panic_str_index.go:8:19: s[i] escapes to heap:
./panic_str_index.go:8:19:   flow: {storage for ... argument} = &{storage for s[i]}:
./panic_str_index.go:8:19:     from s[i] (spill) at ./panic_str_index.go:8:19
./panic_str_index.go:8:19:     from ... argument (slice-literal-element) at ./panic_str_index.go:8:14
./panic_str_index.go:8:19:   flow: {heap} = {storage for ... argument}:
./panic_str_index.go:8:19:     from ... argument (spill) at ./panic_str_index.go:8:14
./panic_str_index.go:8:19:     from fmt.Println(... argument...) (call parameter) at ./panic_str_index.go:8:14
./panic_str_index.go:8:14: i escapes to heap:
./panic_str_index.go:8:14:   flow: {storage for ... argument} = &{storage for i}:
./panic_str_index.go:8:14:     from i (spill) at ./panic_str_index.go:8:14
./panic_str_index.go:8:14:     from ... argument (slice-literal-element) at ./panic_str_index.go:8:14
./panic_str_index.go:8:14:   flow: {heap} = {storage for ... argument}:
./panic_str_index.go:8:14:     from ... argument (spill) at ./panic_str_index.go:8:14
./panic_str_index.go:8:14:     from fmt.Println(... argument...) (call parameter) at ./panic_str_index.go:8:14
./panic_str_index.go:8:14: ... argument does not escape
./panic_str_index.go:8:14: i escapes to heap
./panic_str_index.go:8:19: s[i] escapes to heap
