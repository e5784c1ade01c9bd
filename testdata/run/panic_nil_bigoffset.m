./panic_nil_bigoffset.go:10:10: b does not escape
./panic_nil_bigoffset.go:13:10: new(Big) escapes to heap
./panic_nil_bigoffset.go:15:13: ... argument does not escape
./panic_nil_bigoffset.go:15:17: get(b) escapes to heap
./panic_nil_bigoffset.go:16:13: ... argument does not escape
./panic_nil_bigoffset.go:16:17: get(nil) escapes to heap
