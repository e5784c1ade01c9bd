./divmod_widths.go:15:15: []int{...} does not escape
./divmod_widths.go:22:15: ... argument does not escape
./divmod_widths.go:22:15: a escapes to heap
./divmod_widths.go:22:15: b escapes to heap
./divmod_widths.go:22:15: q8 escapes to heap
./divmod_widths.go:22:15: r8 escapes to heap
./divmod_widths.go:22:15: qu8 escapes to heap
./divmod_widths.go:22:15: ru8 escapes to heap
./divmod_widths.go:22:15: q16 escapes to heap
./divmod_widths.go:22:15: r16 escapes to heap
./divmod_widths.go:22:15: qu16 escapes to heap
./divmod_widths.go:22:15: ru16 escapes to heap
./divmod_widths.go:25:13: ... argument does not escape
./divmod_widths.go:25:13: .autotmp_11 escapes to heap
./divmod_widths.go:25:13: .autotmp_12 escapes to heap
./divmod_widths.go:26:13: ... argument does not escape
./divmod_widths.go:26:13: .autotmp_13 escapes to heap
./divmod_widths.go:26:13: .autotmp_14 escapes to heap
./divmod_widths.go:27:13: ... argument does not escape
./divmod_widths.go:27:13: .autotmp_15 escapes to heap
./divmod_widths.go:27:13: .autotmp_16 escapes to heap
./divmod_widths.go:28:13: ... argument does not escape
./divmod_widths.go:28:13: .autotmp_17 escapes to heap
./divmod_widths.go:28:13: .autotmp_18 escapes to heap
./divmod_widths.go:29:13: ... argument does not escape
./divmod_widths.go:29:13: .autotmp_19 escapes to heap
./divmod_widths.go:29:13: .autotmp_20 escapes to heap
./divmod_widths.go:30:13: ... argument does not escape
./divmod_widths.go:30:13: .autotmp_21 escapes to heap
./divmod_widths.go:30:13: .autotmp_22 escapes to heap
./divmod_widths.go:35:13: ... argument does not escape
./divmod_widths.go:35:13: x escapes to heap
./divmod_widths.go:35:13: y escapes to heap
./divmod_widths.go:35:23: -17 / 4 escapes to heap
./divmod_widths.go:35:30: -17 % 4 escapes to heap
./divmod_widths.go:35:36: 17 / -4 escapes to heap
./divmod_widths.go:35:43: 17 % -4 escapes to heap
./divmod_widths.go:38:13: ... argument does not escape
./divmod_widths.go:38:13: u escapes to heap
./divmod_widths.go:39:13: ... argument does not escape
./divmod_widths.go:39:35: -9223372036854775808 / 3 escapes to heap
./divmod_widths.go:39:60: 9223372036854775807 % 1000 escapes to heap
