./switch_panic.go:5:11: xs does not escape
./switch_panic.go:15:13: ... argument does not escape
./switch_panic.go:15:18: pick([]int{...}, 0) escapes to heap
./switch_panic.go:15:24: []int{...} does not escape
./switch_panic.go:16:13: ... argument does not escape
./switch_panic.go:16:18: pick([]int{...}, 1) escapes to heap
./switch_panic.go:16:24: []int{...} does not escape
./switch_panic.go:21:15: ... argument does not escape
./switch_panic.go:21:16: "about to panic" escapes to heap
./switch_panic.go:22:15: ... argument does not escape
./switch_panic.go:22:16: *p escapes to heap
./switch_panic.go:24:15: ... argument does not escape
./switch_panic.go:24:16: "case" escapes to heap
./switch_panic.go:24:16: i escapes to heap
./switch_panic.go:24:31: pick([]int{...}, i) escapes to heap
./switch_panic.go:24:37: []int{...} does not escape
