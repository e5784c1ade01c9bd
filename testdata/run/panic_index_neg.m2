./panic_index_neg.go:5:10: s does not escape
./panic_index_neg.go:10:17: get(s, -1) escapes to heap:
./panic_index_neg.go:10:17:   flow: {storage for ... argument} = &{storage for get(s, -1)}:
./panic_index_neg.go:10:17:     from get(s, -1) (spill) at ./panic_index_neg.go:10:17
./panic_index_neg.go:10:17:     from ... argument (slice-literal-element) at ./panic_index_neg.go:10:13
./panic_index_neg.go:10:17:   flow: {heap} = {storage for ... argument}:
./panic_index_neg.go:10:17:     from ... argument (spill) at ./panic_index_neg.go:10:13
./panic_index_neg.go:10:17:     from fmt.Println(... argument...) (call parameter) at ./panic_index_neg.go:10:13
./panic_index_neg.go:9:17: get(s, 2) escapes to heap:
./panic_index_neg.go:9:17:   flow: {storage for ... argument} = &{storage for get(s, 2)}:
./panic_index_neg.go:9:17:     from get(s, 2) (spill) at ./panic_index_neg.go:9:17
./panic_index_neg.go:9:17:     from ... argument (slice-literal-element) at ./panic_index_neg.go:9:13
./panic_index_neg.go:9:17:   flow: {heap} = {storage for ... argument}:
./panic_index_neg.go:9:17:     from ... argument (spill) at ./panic_index_neg.go:9:13
./panic_index_neg.go:9:17:     from fmt.Println(... argument...) (call parameter) at ./panic_index_neg.go:9:13
./panic_index_neg.go:8:12: []int{...} does not escape
./panic_index_neg.go:9:13: ... argument does not escape
./panic_index_neg.go:9:17: get(s, 2) escapes to heap
./panic_index_neg.go:10:13: ... argument does not escape
./panic_index_neg.go:10:17: get(s, -1) escapes to heap
