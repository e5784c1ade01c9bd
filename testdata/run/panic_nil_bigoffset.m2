./panic_nil_bigoffset.go:10:10: b does not escape
./panic_nil_bigoffset.go:13:10: new(Big) escapes to heap:
./panic_nil_bigoffset.go:13:10:   flow: {heap} = &{storage for new(Big)}:
./panic_nil_bigoffset.go:13:10:     from new(Big) (too large for stack) at ./panic_nil_bigoffset.go:13:10
./panic_nil_bigoffset.go:16:17: get(nil) escapes to heap:
./panic_nil_bigoffset.go:16:17:   flow: {storage for ... argument} = &{storage for get(nil)}:
./panic_nil_bigoffset.go:16:17:     from get(nil) (spill) at ./panic_nil_bigoffset.go:16:17
./panic_nil_bigoffset.go:16:17:     from ... argument (slice-literal-element) at ./panic_nil_bigoffset.go:16:13
./panic_nil_bigoffset.go:16:17:   flow: {heap} = {storage for ... argument}:
./panic_nil_bigoffset.go:16:17:     from ... argument (spill) at ./panic_nil_bigoffset.go:16:13
./panic_nil_bigoffset.go:16:17:     from fmt.Println(... argument...) (call parameter) at ./panic_nil_bigoffset.go:16:13
./panic_nil_bigoffset.go:15:17: get(b) escapes to heap:
./panic_nil_bigoffset.go:15:17:   flow: {storage for ... argument} = &{storage for get(b)}:
./panic_nil_bigoffset.go:15:17:     from get(b) (spill) at ./panic_nil_bigoffset.go:15:17
./panic_nil_bigoffset.go:15:17:     from ... argument (slice-literal-element) at ./panic_nil_bigoffset.go:15:13
./panic_nil_bigoffset.go:15:17:   flow: {heap} = {storage for ... argument}:
./panic_nil_bigoffset.go:15:17:     from ... argument (spill) at ./panic_nil_bigoffset.go:15:13
./panic_nil_bigoffset.go:15:17:     from fmt.Println(... argument...) (call parameter) at ./panic_nil_bigoffset.go:15:13
./panic_nil_bigoffset.go:13:10: new(Big) escapes to heap
./panic_nil_bigoffset.go:15:13: ... argument does not escape
./panic_nil_bigoffset.go:15:17: get(b) escapes to heap
./panic_nil_bigoffset.go:16:13: ... argument does not escape
./panic_nil_bigoffset.go:16:17: get(nil) escapes to heap
