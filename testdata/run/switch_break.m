./switch_break.go:5:11: grid does not escape
./switch_break.go:27:15: ... argument does not escape
./switch_break.go:27:16: "one, break" escapes to heap
./switch_break.go:31:16: ... argument does not escape
./switch_break.go:31:17: "three, break early" escapes to heap
./switch_break.go:34:15: ... argument does not escape
./switch_break.go:34:16: "not reached" escapes to heap
./switch_break.go:36:15: ... argument does not escape
./switch_break.go:36:15: i escapes to heap
./switch_break.go:38:14: ... argument does not escape
./switch_break.go:38:15: "after switch" escapes to heap
./switch_break.go:38:15: i escapes to heap
./switch_break.go:52:13: ... argument does not escape
./switch_break.go:52:14: "count" escapes to heap
./switch_break.go:52:14: count escapes to heap
./switch_break.go:54:17: [][]int{...} does not escape
./switch_break.go:54:18: []int{...} does not escape
./switch_break.go:54:26: []int{...} does not escape
./switch_break.go:54:35: []int{...} does not escape
./switch_break.go:54:43: []int{...} does not escape
./switch_break.go:55:13: ... argument does not escape
./switch_break.go:55:13: .autotmp_3 escapes to heap
./switch_break.go:55:13: .autotmp_4 escapes to heap
./switch_break.go:56:13: ... argument does not escape
./switch_break.go:56:13: .autotmp_5 escapes to heap
./switch_break.go:56:13: .autotmp_6 escapes to heap
./switch_break.go:57:13: ... argument does not escape
./switch_break.go:57:13: .autotmp_7 escapes to heap
./switch_break.go:57:13: .autotmp_8 escapes to heap
./switch_break.go:67:13: ... argument does not escape
./switch_break.go:67:14: "sum" escapes to heap
./switch_break.go:67:14: sum escapes to heap
