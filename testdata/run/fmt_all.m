./fmt_all.go:44:2: moved to heap: in
./fmt_all.go:41:13: ... argument does not escape
./fmt_all.go:41:13: i8 escapes to heap
./fmt_all.go:41:13: i16 escapes to heap
./fmt_all.go:41:13: i32 escapes to heap
./fmt_all.go:41:13: i64 escapes to heap
./fmt_all.go:41:13: u8 escapes to heap
./fmt_all.go:41:13: u16 escapes to heap
./fmt_all.go:41:13: u32 escapes to heap
./fmt_all.go:41:13: u64 escapes to heap
./fmt_all.go:41:13: u escapes to heap
./fmt_all.go:41:13: up escapes to heap
./fmt_all.go:42:13: ... argument does not escape
./fmt_all.go:42:14: true escapes to heap
./fmt_all.go:42:20: false escapes to heap
./fmt_all.go:42:27: "" escapes to heap
./fmt_all.go:42:31: "x" escapes to heap
./fmt_all.go:42:36: 'x' escapes to heap
./fmt_all.go:42:45: byte('x') escapes to heap
./fmt_all.go:45:13: ... argument does not escape
./fmt_all.go:45:13: in escapes to heap
./fmt_all.go:46:13: ... argument does not escape
./fmt_all.go:47:39: []Inner{...} escapes to heap
./fmt_all.go:47:86: []byte{...} escapes to heap
./fmt_all.go:49:13: ... argument does not escape
./fmt_all.go:49:15: o.In escapes to heap
./fmt_all.go:49:21: o.S escapes to heap
./fmt_all.go:49:26: o.U escapes to heap
./fmt_all.go:49:31: o.R escapes to heap
./fmt_all.go:49:36: o.Arr escapes to heap
./fmt_all.go:49:43: o.Name escapes to heap
./fmt_all.go:49:51: o.B escapes to heap
./fmt_all.go:49:56: o.E escapes to heap
./fmt_all.go:50:13: ... argument does not escape
./fmt_all.go:50:18: o.E == nil escapes to heap
./fmt_all.go:50:29: len(o.B) escapes to heap
./fmt_all.go:52:13: ... argument does not escape
./fmt_all.go:52:19: op.In.C escapes to heap
./fmt_all.go:52:27: op.P.B escapes to heap
./fmt_all.go:53:7: &Node{...} does not escape
./fmt_all.go:53:16: &Node{...} does not escape
./fmt_all.go:54:13: ... argument does not escape
./fmt_all.go:54:14: *n.Next escapes to heap
./fmt_all.go:56:13: ... argument does not escape
./fmt_all.go:57:13: ... argument does not escape
./fmt_all.go:57:19: Empty{} escapes to heap
./fmt_all.go:57:23: &Empty{} escapes to heap
./fmt_all.go:57:39: [0]int{} escapes to heap
./fmt_all.go:57:51: []string{} escapes to heap
./fmt_all.go:57:51: []string{} escapes to heap
./fmt_all.go:57:64: [3]string{...} escapes to heap
./fmt_all.go:58:13: ... argument does not escape
./fmt_all.go:58:20: []bool{...} escapes to heap
./fmt_all.go:58:20: []bool{...} escapes to heap
./fmt_all.go:58:34: []int8{...} escapes to heap
./fmt_all.go:58:34: []int8{...} escapes to heap
./fmt_all.go:58:51: []uint64{...} escapes to heap
./fmt_all.go:58:51: []uint64{...} escapes to heap
./fmt_all.go:58:70: [2]int32{} escapes to heap
./fmt_all.go:59:13: ... argument does not escape
./fmt_all.go:59:21: []*Node{...} escapes to heap
./fmt_all.go:59:21: []*Node{...} escapes to heap
./fmt_all.go:59:35: []Empty{...} escapes to heap
./fmt_all.go:59:35: []Empty{...} escapes to heap
./fmt_all.go:60:13: ... argument does not escape
./fmt_all.go:60:14: "a" escapes to heap
./fmt_all.go:60:19: 1 escapes to heap
./fmt_all.go:60:22: "b" escapes to heap
./fmt_all.go:60:27: 2 escapes to heap
./fmt_all.go:60:30: "c" escapes to heap
./fmt_all.go:61:13: ... argument does not escape
./fmt_all.go:61:14: &[2]int{...} escapes to heap
./fmt_all.go:61:29: &[1]string{...} escapes to heap
./fmt_all.go:62:13: ... argument does not escape
./fmt_all.go:62:21: [][]int{...} escapes to heap
./fmt_all.go:62:21: [][]int{...} escapes to heap
./fmt_all.go:62:22: []int{...} escapes to heap
./fmt_all.go:62:27: []int{...} escapes to heap
./fmt_all.go:63:13: ... argument does not escape
./fmt_all.go:63:19: Inner{} escapes to heap
./fmt_all.go:63:31: [1]Inner{} escapes to heap
./fmt_all.go:65:13: ... argument does not escape
./fmt_all.go:65:13: s escapes to heap
./fmt_all.go:66:11: ... argument does not escape
./fmt_all.go:66:12: "no newline" escapes to heap
./fmt_all.go:66:26: 1 escapes to heap
./fmt_all.go:66:29: 2 escapes to heap
./fmt_all.go:66:32: "x" escapes to heap
./fmt_all.go:66:37: "y" escapes to heap
./fmt_all.go:66:42: 3 escapes to heap
./fmt_all.go:66:45: "\n" escapes to heap
./fmt_all.go:67:11: ... argument does not escape
./fmt_all.go:67:12: 1 escapes to heap
./fmt_all.go:67:15: 2 escapes to heap
./fmt_all.go:67:18: "\n" escapes to heap
./fmt_all.go:68:11: ... argument does not escape
./fmt_all.go:68:12: "a" escapes to heap
./fmt_all.go:68:17: "b" escapes to heap
./fmt_all.go:68:22: "\n" escapes to heap
