./panic_nil_bigarr.go:8:13: ... argument does not escape
./panic_nil_bigarr.go:8:14: "start" escapes to heap
