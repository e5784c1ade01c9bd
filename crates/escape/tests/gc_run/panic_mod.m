./panic_mod.go:8:13: ... argument does not escape
./panic_mod.go:8:16: a % 3 escapes to heap
./panic_mod.go:9:13: ... argument does not escape
./panic_mod.go:9:16: a % b escapes to heap
