./overflow_loops.go:11:13: ... argument does not escape
./overflow_loops.go:11:13: n escapes to heap
./overflow_loops.go:11:13: i8 escapes to heap
./overflow_loops.go:17:13: ... argument does not escape
./overflow_loops.go:17:13: n escapes to heap
./overflow_loops.go:17:13: u8 escapes to heap
./overflow_loops.go:22:13: ... argument does not escape
./overflow_loops.go:22:13: u16 escapes to heap
./overflow_loops.go:27:13: ... argument does not escape
./overflow_loops.go:27:13: i32 escapes to heap
./overflow_loops.go:30:13: ... argument does not escape
./overflow_loops.go:30:13: u escapes to heap
./overflow_loops.go:30:18: u / 3 escapes to heap
./overflow_loops.go:30:23: u % 1000 escapes to heap
./overflow_loops.go:35:13: ... argument does not escape
./overflow_loops.go:35:13: f escapes to heap
./overflow_loops.go:40:13: ... argument does not escape
./overflow_loops.go:40:13: x escapes to heap
./overflow_loops.go:40:13: y escapes to heap
./overflow_loops.go:40:20: -x escapes to heap
./overflow_loops.go:40:25: x * -1 escapes to heap
