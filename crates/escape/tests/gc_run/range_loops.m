./range_loops.go:6:15: []string{...} escapes to heap
./range_loops.go:8:14: ... argument does not escape
./range_loops.go:8:14: i escapes to heap
./range_loops.go:8:14: v escapes to heap
./range_loops.go:11:15: s[i] + "!" escapes to heap
./range_loops.go:13:13: ... argument does not escape
./range_loops.go:13:13: s escapes to heap
./range_loops.go:18:13: ... argument does not escape
./range_loops.go:18:13: total escapes to heap
./range_loops.go:19:12: []int{...} escapes to heap
./range_loops.go:26:13: ... argument does not escape
./range_loops.go:26:13: n escapes to heap
./range_loops.go:31:13: ... argument does not escape
./range_loops.go:31:13: count escapes to heap
./range_loops.go:39:14: ... argument does not escape
./range_loops.go:39:15: "odd" escapes to heap
./range_loops.go:39:15: i escapes to heap
./range_loops.go:43:14: ... argument does not escape
./range_loops.go:43:15: "never" escapes to heap
./range_loops.go:43:15: i escapes to heap
./range_loops.go:48:14: ... argument does not escape
./range_loops.go:48:14: i escapes to heap
./range_loops.go:48:14: v escapes to heap
./range_loops.go:50:13: ... argument does not escape
./range_loops.go:50:13: arr escapes to heap
