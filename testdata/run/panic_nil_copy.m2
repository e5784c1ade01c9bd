./panic_nil_copy.go:12:13: q escapes to heap:
./panic_nil_copy.go:12:13:   flow: {storage for ... argument} = &{storage for q}:
./panic_nil_copy.go:12:13:     from q (spill) at ./panic_nil_copy.go:12:13
./panic_nil_copy.go:12:13:     from ... argument (slice-literal-element) at ./panic_nil_copy.go:12:13
./panic_nil_copy.go:12:13:   flow: {heap} = {storage for ... argument}:
./panic_nil_copy.go:12:13:     from ... argument (spill) at ./panic_nil_copy.go:12:13
./panic_nil_copy.go:12:13:     from fmt.Println(... argument...) (call parameter) at ./panic_nil_copy.go:12:13
./panic_nil_copy.go:10:13: q escapes to heap:
./panic_nil_copy.go:10:13:   flow: {storage for ... argument} = &{storage for q}:
./panic_nil_copy.go:10:13:     from q (spill) at ./panic_nil_copy.go:10:13
./panic_nil_copy.go:10:13:     from ... argument (slice-literal-element) at ./panic_nil_copy.go:10:13
./panic_nil_copy.go:10:13:   flow: {heap} = {storage for ... argument}:
./panic_nil_copy.go:10:13:     from ... argument (spill) at ./panic_nil_copy.go:10:13
./panic_nil_copy.go:10:13:     from fmt.Println(... argument...) (call parameter) at ./panic_nil_copy.go:10:13
./panic_nil_copy.go:10:13: ... argument does not escape
./panic_nil_copy.go:10:13: q escapes to heap
./panic_nil_copy.go:12:13: ... argument does not escape
./panic_nil_copy.go:12:13: q escapes to heap
