./panic_nil_struct.go:11:7: &N{...} does not escape
./panic_nil_struct.go:11:13: &N{...} does not escape
./panic_nil_struct.go:13:14: ... argument does not escape
./panic_nil_struct.go:13:16: p.v escapes to heap
