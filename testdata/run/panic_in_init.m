./panic_in_init.go:9:13: ... argument does not escape
./panic_in_init.go:9:14: "building" escapes to heap
./panic_in_init.go:9:14: n escapes to heap
./panic_in_init.go:10:13: make([]int, n) escapes to heap
./panic_in_init.go:14:13: ... argument does not escape
./panic_in_init.go:14:14: "main" escapes to heap
./panic_in_init.go:14:14: x escapes to heap
