./panic_index_negative.go:12:15: s[idx(2)] escapes to heap:
./panic_index_negative.go:12:15:   flow: {storage for ... argument} = &{storage for s[idx(2)]}:
./panic_index_negative.go:12:15:     from s[idx(2)] (spill) at ./panic_index_negative.go:12:15
./panic_index_negative.go:12:15:     from ... argument (slice-literal-element) at ./panic_index_negative.go:12:13
./panic_index_negative.go:12:15:   flow: {heap} = {storage for ... argument}:
./panic_index_negative.go:12:15:     from ... argument (spill) at ./panic_index_negative.go:12:13
./panic_index_negative.go:12:15:     from fmt.Println(... argument...) (call parameter) at ./panic_index_negative.go:12:13
./panic_index_negative.go:11:17: len(s) escapes to heap:
./panic_index_negative.go:11:17:   flow: {storage for ... argument} = &{storage for len(s)}:
./panic_index_negative.go:11:17:     from len(s) (spill) at ./panic_index_negative.go:11:17
./panic_index_negative.go:11:17:     from ... argument (slice-literal-element) at ./panic_index_negative.go:11:13
./panic_index_negative.go:11:17:   flow: {heap} = {storage for ... argument}:
./panic_index_negative.go:11:17:     from ... argument (spill) at ./panic_index_negative.go:11:13
./panic_index_negative.go:11:17:     from fmt.Println(... argument...) (call parameter) at ./panic_index_negative.go:11:13
./panic_index_negative.go:10:11: make([]string, 3) does not escape
./panic_index_negative.go:11:13: ... argument does not escape
./panic_index_negative.go:11:17: len(s) escapes to heap
./panic_index_negative.go:12:13: ... argument does not escape
./panic_index_negative.go:12:15: s[idx(2)] escapes to heap
