./untyped_shift.go:44:14: []int{...} escapes to heap
./untyped_shift.go:11:13: ... argument does not escape
./untyped_shift.go:11:13: a escapes to heap
./untyped_shift.go:11:13: b escapes to heap
./untyped_shift.go:11:13: c escapes to heap
./untyped_shift.go:11:13: d escapes to heap
./untyped_shift.go:11:27: 1 << s escapes to heap
./untyped_shift.go:11:34: -1 >> s escapes to heap
./untyped_shift.go:14:13: ... argument does not escape
./untyped_shift.go:14:13: e escapes to heap
./untyped_shift.go:14:13: f escapes to heap
./untyped_shift.go:14:25: uint8(1 << s) escapes to heap
./untyped_shift.go:14:41: int16(1) << (s * 5) escapes to heap
./untyped_shift.go:16:13: ... argument does not escape
./untyped_shift.go:16:13: g escapes to heap
./untyped_shift.go:20:12: ... argument does not escape
./untyped_shift.go:20:12: x escapes to heap
./untyped_shift.go:20:16: ":" escapes to heap
./untyped_shift.go:20:16: y escapes to heap
./untyped_shift.go:20:24: " " escapes to heap
./untyped_shift.go:25:13: ... argument does not escape
./untyped_shift.go:25:13: h escapes to heap
./untyped_shift.go:25:13: k escapes to heap
./untyped_shift.go:28:13: ... argument does not escape
./untyped_shift.go:28:13: u escapes to heap
./untyped_shift.go:28:18: u - 1 escapes to heap
./untyped_shift.go:32:13: ... argument does not escape
./untyped_shift.go:32:13: idx escapes to heap
./untyped_shift.go:32:19: n escapes to heap
./untyped_shift.go:37:13: ... argument does not escape
./untyped_shift.go:37:13: rr escapes to heap
./untyped_shift.go:37:13: calls escapes to heap
