./shift_widths.go:18:18: []uint{...} does not escape
./shift_widths.go:24:14: ... argument does not escape
./shift_widths.go:24:14: n escapes to heap
./shift_widths.go:24:14: a escapes to heap
./shift_widths.go:24:14: b escapes to heap
./shift_widths.go:24:14: c escapes to heap
./shift_widths.go:24:14: d escapes to heap
./shift_widths.go:24:14: e escapes to heap
./shift_widths.go:24:14: f escapes to heap
./shift_widths.go:24:14: g escapes to heap
./shift_widths.go:24:14: h escapes to heap
./shift_widths.go:29:14: ... argument does not escape
./shift_widths.go:29:14: n escapes to heap
./shift_widths.go:29:14: i escapes to heap
./shift_widths.go:29:14: j escapes to heap
./shift_widths.go:29:14: k escapes to heap
./shift_widths.go:29:14: l escapes to heap
./shift_widths.go:29:14: m escapes to heap
./shift_widths.go:29:14: o escapes to heap
./shift_widths.go:29:14: p escapes to heap
./shift_widths.go:29:14: q escapes to heap
./shift_widths.go:33:14: ... argument does not escape
./shift_widths.go:33:14: n escapes to heap
./shift_widths.go:33:14: r escapes to heap
./shift_widths.go:33:14: s escapes to heap
./shift_widths.go:33:14: t escapes to heap
./shift_widths.go:33:14: u escapes to heap
./shift_widths.go:33:14: v escapes to heap
./shift_widths.go:33:14: w escapes to heap
./shift_widths.go:37:13: ... argument does not escape
./shift_widths.go:37:13: x escapes to heap
./shift_widths.go:37:18: x >> 63 escapes to heap
./shift_widths.go:37:32: int64(x) >> 63 escapes to heap
./shift_widths.go:41:13: ... argument does not escape
./shift_widths.go:41:13: y escapes to heap
./shift_widths.go:43:13: ... argument does not escape
./shift_widths.go:43:18: big >> 98 escapes to heap
./shift_widths.go:45:13: ... argument does not escape
./shift_widths.go:45:15: 1 << (n / 10) escapes to heap
./shift_widths.go:45:33: uint8(1) << n escapes to heap
./shift_widths.go:45:47: int64(-1) >> n escapes to heap
