./fmt_println.go:39:2: moved to heap: n
./fmt_println.go:21:13: ... argument does not escape
./fmt_println.go:21:14: 1 escapes to heap
./fmt_println.go:21:17: -2 escapes to heap
./fmt_println.go:21:21: 3 escapes to heap
./fmt_println.go:22:13: ... argument does not escape
./fmt_println.go:22:14: "a" escapes to heap
./fmt_println.go:22:19: "b" escapes to heap
./fmt_println.go:22:24: "c" escapes to heap
./fmt_println.go:23:13: ... argument does not escape
./fmt_println.go:23:14: "a" escapes to heap
./fmt_println.go:23:19: 1 escapes to heap
./fmt_println.go:23:22: "b" escapes to heap
./fmt_println.go:23:27: 2 escapes to heap
./fmt_println.go:24:13: ... argument does not escape
./fmt_println.go:24:14: true escapes to heap
./fmt_println.go:24:20: false escapes to heap
./fmt_println.go:30:13: ... argument does not escape
./fmt_println.go:30:13: i8 escapes to heap
./fmt_println.go:30:13: i32 escapes to heap
./fmt_println.go:30:13: i64 escapes to heap
./fmt_println.go:30:13: u escapes to heap
./fmt_println.go:30:13: b escapes to heap
./fmt_println.go:31:13: ... argument does not escape
./fmt_println.go:31:19: []int{...} escapes to heap
./fmt_println.go:31:19: []int{...} escapes to heap
./fmt_println.go:31:38: []string{...} escapes to heap
./fmt_println.go:31:38: []string{...} escapes to heap
./fmt_println.go:31:56: []bool{...} escapes to heap
./fmt_println.go:31:56: []bool{...} escapes to heap
./fmt_println.go:32:13: ... argument does not escape
./fmt_println.go:32:19: []int{} escapes to heap
./fmt_println.go:32:19: []int{} escapes to heap
./fmt_println.go:32:29: [0]int{} escapes to heap
./fmt_println.go:34:13: ... argument does not escape
./fmt_println.go:34:13: nilslice escapes to heap
./fmt_println.go:34:27: len(nilslice) escapes to heap
./fmt_println.go:35:13: ... argument does not escape
./fmt_println.go:35:20: [3]int{...} escapes to heap
./fmt_println.go:35:40: [2]string{...} escapes to heap
./fmt_println.go:36:13: ... argument does not escape
./fmt_println.go:36:20: []byte{...} escapes to heap
./fmt_println.go:36:20: []byte{...} escapes to heap
./fmt_println.go:36:39: [2]byte{...} escapes to heap
./fmt_println.go:37:13: ... argument does not escape
./fmt_println.go:37:18: Pair{...} escapes to heap
./fmt_println.go:37:30: &Pair{...} escapes to heap
./fmt_println.go:38:13: ... argument does not escape
./fmt_println.go:38:20: []Pair{...} escapes to heap
./fmt_println.go:38:20: []Pair{...} escapes to heap
./fmt_println.go:39:51: []int{...} escapes to heap
./fmt_println.go:40:13: ... argument does not escape
./fmt_println.go:40:13: n escapes to heap
./fmt_println.go:41:13: ... argument does not escape
./fmt_println.go:43:13: ... argument does not escape
./fmt_println.go:44:13: ... argument does not escape
./fmt_println.go:44:14: "" escapes to heap
./fmt_println.go:45:13: ... argument does not escape
./fmt_println.go:45:14: "" escapes to heap
./fmt_println.go:45:18: "" escapes to heap
./fmt_println.go:46:13: ... argument does not escape
./fmt_println.go:46:21: [][]int{...} escapes to heap
./fmt_println.go:46:21: [][]int{...} escapes to heap
./fmt_println.go:46:22: []int{...} escapes to heap
./fmt_println.go:46:27: []int{...} escapes to heap
