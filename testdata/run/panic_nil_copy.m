./panic_nil_copy.go:10:13: ... argument does not escape
./panic_nil_copy.go:10:13: q escapes to heap
./panic_nil_copy.go:12:13: ... argument does not escape
./panic_nil_copy.go:12:13: q escapes to heap
