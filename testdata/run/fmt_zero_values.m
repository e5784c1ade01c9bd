./fmt_zero_values.go:22:6: moved to heap: s
./fmt_zero_values.go:23:13: ... argument does not escape
./fmt_zero_values.go:23:13: s escapes to heap
./fmt_zero_values.go:24:13: ... argument does not escape
./fmt_zero_values.go:25:13: ... argument does not escape
./fmt_zero_values.go:25:15: W{} escapes to heap
./fmt_zero_values.go:26:13: ... argument does not escape
./fmt_zero_values.go:26:17: []S{...} escapes to heap
./fmt_zero_values.go:26:17: []S{...} escapes to heap
./fmt_zero_values.go:27:13: ... argument does not escape
./fmt_zero_values.go:27:19: [2]*S{} escapes to heap
./fmt_zero_values.go:27:29: []*int{...} escapes to heap
./fmt_zero_values.go:27:29: []*int{...} escapes to heap
./fmt_zero_values.go:28:13: ... argument does not escape
./fmt_zero_values.go:28:14: "" escapes to heap
./fmt_zero_values.go:28:18: "" escapes to heap
./fmt_zero_values.go:28:22: "|" escapes to heap
./fmt_zero_values.go:29:13: ... argument does not escape
./fmt_zero_values.go:29:22: []string{...} escapes to heap
./fmt_zero_values.go:29:22: []string{...} escapes to heap
./fmt_zero_values.go:29:41: [3]string{} escapes to heap
./fmt_zero_values.go:30:13: ... argument does not escape
./fmt_zero_values.go:30:15: S{...} escapes to heap
./fmt_zero_values.go:30:24: []int{} escapes to heap
./fmt_zero_values.go:30:37: []byte{} escapes to heap
./fmt_zero_values.go:31:11: ... argument does not escape
./fmt_zero_values.go:31:12: "" escapes to heap
./fmt_zero_values.go:31:16: "x" escapes to heap
./fmt_zero_values.go:31:21: "" escapes to heap
./fmt_zero_values.go:31:25: "\n" escapes to heap
./fmt_zero_values.go:32:11: ... argument does not escape
./fmt_zero_values.go:32:12: 1 escapes to heap
./fmt_zero_values.go:32:15: "" escapes to heap
./fmt_zero_values.go:32:19: 2 escapes to heap
./fmt_zero_values.go:32:22: "\n" escapes to heap
./fmt_zero_values.go:33:11: ... argument does not escape
./fmt_zero_values.go:33:12: "a" escapes to heap
./fmt_zero_values.go:33:17: 1 escapes to heap
./fmt_zero_values.go:33:20: 2 escapes to heap
./fmt_zero_values.go:33:23: "b" escapes to heap
./fmt_zero_values.go:33:28: true escapes to heap
./fmt_zero_values.go:33:34: false escapes to heap
./fmt_zero_values.go:33:41: "\n" escapes to heap
./fmt_zero_values.go:34:11: ... argument does not escape
./fmt_zero_values.go:34:13: s.G escapes to heap
./fmt_zero_values.go:34:18: s.H escapes to heap
./fmt_zero_values.go:34:23: s.C escapes to heap
./fmt_zero_values.go:34:27: "\n" escapes to heap
