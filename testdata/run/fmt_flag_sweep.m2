./fmt_flag_sweep.go:25:30: true escapes to heap:
./fmt_flag_sweep.go:25:30:   flow: {storage for ... argument} = &{storage for true}:
./fmt_flag_sweep.go:25:30:     from true (spill) at ./fmt_flag_sweep.go:25:30
./fmt_flag_sweep.go:25:30:     from ... argument (slice-literal-element) at ./fmt_flag_sweep.go:25:16
./fmt_flag_sweep.go:25:30:   flow: {heap} = {storage for ... argument}:
./fmt_flag_sweep.go:25:30:     from ... argument (spill) at ./fmt_flag_sweep.go:25:16
./fmt_flag_sweep.go:25:30:     from fmt.Printf(format + "\n", ... argument...) (call parameter) at ./fmt_flag_sweep.go:25:16
./fmt_flag_sweep.go:24:35: ([]byte)("ab") escapes to heap:
./fmt_flag_sweep.go:24:35:   flow: {storage for ... argument} = &{storage for ([]byte)("ab")}:
./fmt_flag_sweep.go:24:35:     from ([]byte)("ab") (spill) at ./fmt_flag_sweep.go:24:35
./fmt_flag_sweep.go:24:35:     from ... argument (slice-literal-element) at ./fmt_flag_sweep.go:24:16
./fmt_flag_sweep.go:24:35:   flow: {heap} = {storage for ... argument}:
./fmt_flag_sweep.go:24:35:     from ... argument (spill) at ./fmt_flag_sweep.go:24:16
./fmt_flag_sweep.go:24:35:     from fmt.Printf(format + "|", ... argument...) (call parameter) at ./fmt_flag_sweep.go:24:16
./fmt_flag_sweep.go:23:34: uint8(200) escapes to heap:
./fmt_flag_sweep.go:23:34:   flow: {storage for ... argument} = &{storage for uint8(200)}:
./fmt_flag_sweep.go:23:34:     from uint8(200) (spill) at ./fmt_flag_sweep.go:23:34
./fmt_flag_sweep.go:23:34:     from ... argument (slice-literal-element) at ./fmt_flag_sweep.go:23:16
./fmt_flag_sweep.go:23:34:   flow: {heap} = {storage for ... argument}:
./fmt_flag_sweep.go:23:34:     from ... argument (spill) at ./fmt_flag_sweep.go:23:16
./fmt_flag_sweep.go:23:34:     from fmt.Printf(format + "|", ... argument...) (call parameter) at ./fmt_flag_sweep.go:23:16
./fmt_flag_sweep.go:22:32: fls[len(f) % len(fls)] escapes to heap:
./fmt_flag_sweep.go:22:32:   flow: {storage for ... argument} = &{storage for fls[len(f) % len(fls)]}:
./fmt_flag_sweep.go:22:32:     from fls[len(f) % len(fls)] (spill) at ./fmt_flag_sweep.go:22:32
./fmt_flag_sweep.go:22:32:     from ... argument (slice-literal-element) at ./fmt_flag_sweep.go:22:16
./fmt_flag_sweep.go:22:32:   flow: {heap} = {storage for ... argument}:
./fmt_flag_sweep.go:22:32:     from ... argument (spill) at ./fmt_flag_sweep.go:22:16
./fmt_flag_sweep.go:22:32:     from fmt.Printf(format + "|", ... argument...) (call parameter) at ./fmt_flag_sweep.go:22:16
./fmt_flag_sweep.go:21:33: strs[len(format) % len(strs)] escapes to heap:
./fmt_flag_sweep.go:21:33:   flow: {storage for ... argument} = &{storage for strs[len(format) % len(strs)]}:
./fmt_flag_sweep.go:21:33:     from strs[len(format) % len(strs)] (spill) at ./fmt_flag_sweep.go:21:33
./fmt_flag_sweep.go:21:33:     from ... argument (slice-literal-element) at ./fmt_flag_sweep.go:21:16
./fmt_flag_sweep.go:21:33:   flow: {heap} = {storage for ... argument}:
./fmt_flag_sweep.go:21:33:     from ... argument (spill) at ./fmt_flag_sweep.go:21:16
./fmt_flag_sweep.go:21:33:     from fmt.Printf(format + "|", ... argument...) (call parameter) at ./fmt_flag_sweep.go:21:16
./fmt_flag_sweep.go:20:33: ints[len(format) % len(ints)] escapes to heap:
./fmt_flag_sweep.go:20:33:   flow: {storage for ... argument} = &{storage for ints[len(format) % len(ints)]}:
./fmt_flag_sweep.go:20:33:     from ints[len(format) % len(ints)] (spill) at ./fmt_flag_sweep.go:20:33
./fmt_flag_sweep.go:20:33:     from ... argument (slice-literal-element) at ./fmt_flag_sweep.go:20:16
./fmt_flag_sweep.go:20:33:   flow: {heap} = {storage for ... argument}:
./fmt_flag_sweep.go:20:33:     from ... argument (spill) at ./fmt_flag_sweep.go:20:16
./fmt_flag_sweep.go:20:33:     from fmt.Printf(format + "|", ... argument...) (call parameter) at ./fmt_flag_sweep.go:20:16
./fmt_flag_sweep.go:24:35: ([]byte)("ab") escapes to heap:
./fmt_flag_sweep.go:24:35:   flow: {storage for ([]byte)("ab")} = &{storage for ([]byte)("ab")}:
./fmt_flag_sweep.go:24:35:     from ([]byte)("ab") (spill) at ./fmt_flag_sweep.go:24:35
./fmt_flag_sweep.go:24:35:     from ([]byte)("ab") (interface-converted) at ./fmt_flag_sweep.go:24:35
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
