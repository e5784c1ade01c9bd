./panic_nil.go:10:10: t does not escape
./panic_nil.go:15:7: &T{...} does not escape
./panic_nil.go:16:13: ... argument does not escape
./panic_nil.go:16:17: get(t) escapes to heap
./panic_nil.go:18:13: ... argument does not escape
./panic_nil.go:18:17: get(t) escapes to heap
