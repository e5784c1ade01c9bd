./panic_nil_struct.go:13:16: p.v escapes to heap:
./panic_nil_struct.go:13:16:   flow: {storage for ... argument} = &{storage for p.v}:
./panic_nil_struct.go:13:16:     from p.v (spill) at ./panic_nil_struct.go:13:16
./panic_nil_struct.go:13:16:     from ... argument (slice-literal-element) at ./panic_nil_struct.go:13:14
./panic_nil_struct.go:13:16:   flow: {heap} = {storage for ... argument}:
./panic_nil_struct.go:13:16:     from ... argument (spill) at ./panic_nil_struct.go:13:14
./panic_nil_struct.go:13:16:     from fmt.Println(... argument...) (call parameter) at ./panic_nil_struct.go:13:14
./panic_nil_struct.go:11:7: &N{...} does not escape
./panic_nil_struct.go:11:13: &N{...} does not escape
./panic_nil_struct.go:13:14: ... argument does not escape
./panic_nil_struct.go:13:16: p.v escapes to heap
