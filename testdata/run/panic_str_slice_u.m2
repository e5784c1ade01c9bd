./panic_str_slice_u.go:9:15: s[:j] escapes to heap:
./panic_str_slice_u.go:9:15:   flow: {storage for ... argument} = &{storage for s[:j]}:
./panic_str_slice_u.go:9:15:     from s[:j] (spill) at ./panic_str_slice_u.go:9:15
./panic_str_slice_u.go:9:15:     from ... argument (slice-literal-element) at ./panic_str_slice_u.go:9:13
./panic_str_slice_u.go:9:15:   flow: {heap} = {storage for ... argument}:
./panic_str_slice_u.go:9:15:     from ... argument (spill) at ./panic_str_slice_u.go:9:13
./panic_str_slice_u.go:9:15:     from fmt.Println(... argument...) (call parameter) at ./panic_str_slice_u.go:9:13
./panic_str_slice_u.go:8:15: s[:2] escapes to heap:
./panic_str_slice_u.go:8:15:   flow: {storage for ... argument} = &{storage for s[:2]}:
./panic_str_slice_u.go:8:15:     from s[:2] (spill) at ./panic_str_slice_u.go:8:15
./panic_str_slice_u.go:8:15:     from ... argument (slice-literal-element) at ./panic_str_slice_u.go:8:13
./panic_str_slice_u.go:8:15:   flow: {heap} = {storage for ... argument}:
./panic_str_slice_u.go:8:15:     from ... argument (spill) at ./panic_str_slice_u.go:8:13
./panic_str_slice_u.go:8:15:     from fmt.Println(... argument...) (call parameter) at ./panic_str_slice_u.go:8:13
./panic_str_slice_u.go:8:13: ... argument does not escape
./panic_str_slice_u.go:8:15: s[:2] escapes to heap
./panic_str_slice_u.go:9:13: ... argument does not escape
./panic_str_slice_u.go:9:15: s[:j] escapes to heap
