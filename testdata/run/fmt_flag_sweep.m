./fmt_flag_sweep.go:8:19: []string{...} does not escape
./fmt_flag_sweep.go:9:20: []string{...} does not escape
./fmt_flag_sweep.go:10:19: []string{...} does not escape
./fmt_flag_sweep.go:12:15: []int{...} does not escape
./fmt_flag_sweep.go:13:18: []string{...} does not escape
./fmt_flag_sweep.go:14:18: []float64{...} does not escape
./fmt_flag_sweep.go:19:32: "%" + f + w + p + string(v) does not escape
./fmt_flag_sweep.go:19:40: string(v) does not escape
./fmt_flag_sweep.go:20:23: format + "|" does not escape
./fmt_flag_sweep.go:20:16: ... argument does not escape
./fmt_flag_sweep.go:20:33: ints[len(format) % len(ints)] escapes to heap
./fmt_flag_sweep.go:21:23: format + "|" does not escape
./fmt_flag_sweep.go:21:16: ... argument does not escape
./fmt_flag_sweep.go:21:33: strs[len(format) % len(strs)] escapes to heap
./fmt_flag_sweep.go:22:23: format + "|" does not escape
./fmt_flag_sweep.go:22:16: ... argument does not escape
./fmt_flag_sweep.go:22:32: fls[len(f) % len(fls)] escapes to heap
./fmt_flag_sweep.go:23:23: format + "|" does not escape
./fmt_flag_sweep.go:23:16: ... argument does not escape
./fmt_flag_sweep.go:23:34: uint8(200) escapes to heap
./fmt_flag_sweep.go:24:23: format + "|" does not escape
./fmt_flag_sweep.go:24:16: ... argument does not escape
./fmt_flag_sweep.go:24:35: ([]byte)("ab") escapes to heap
./fmt_flag_sweep.go:24:35: ([]byte)("ab") escapes to heap
./fmt_flag_sweep.go:25:23: format + "\n" does not escape
./fmt_flag_sweep.go:25:16: ... argument does not escape
./fmt_flag_sweep.go:25:30: true escapes to heap
