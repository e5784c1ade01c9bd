./divmod_widths.go:39:60: 9223372036854775807 % 1000 escapes to heap:
./divmod_widths.go:39:60:   flow: {storage for ... argument} = &{storage for 9223372036854775807 % 1000}:
./divmod_widths.go:39:60:     from 9223372036854775807 % 1000 (spill) at ./divmod_widths.go:39:60
./divmod_widths.go:39:60:     from ... argument (slice-literal-element) at ./divmod_widths.go:39:13
./divmod_widths.go:39:60:   flow: {heap} = {storage for ... argument}:
./divmod_widths.go:39:60:     from ... argument (spill) at ./divmod_widths.go:39:13
./divmod_widths.go:39:60:     from fmt.Println(... argument...) (call parameter) at ./divmod_widths.go:39:13
./divmod_widths.go:39:35: -9223372036854775808 / 3 escapes to heap:
./divmod_widths.go:39:35:   flow: {storage for ... argument} = &{storage for -9223372036854775808 / 3}:
./divmod_widths.go:39:35:     from -9223372036854775808 / 3 (spill) at ./divmod_widths.go:39:35
./divmod_widths.go:39:35:     from ... argument (slice-literal-element) at ./divmod_widths.go:39:13
./divmod_widths.go:39:35:   flow: {heap} = {storage for ... argument}:
./divmod_widths.go:39:35:     from ... argument (spill) at ./divmod_widths.go:39:13
./divmod_widths.go:39:35:     from fmt.Println(... argument...) (call parameter) at ./divmod_widths.go:39:13
./divmod_widths.go:38:13: u escapes to heap:
./divmod_widths.go:38:13:   flow: {storage for ... argument} = &{storage for u}:
./divmod_widths.go:38:13:     from u (spill) at ./divmod_widths.go:38:13
./divmod_widths.go:38:13:     from ... argument (slice-literal-element) at ./divmod_widths.go:38:13
./divmod_widths.go:38:13:   flow: {heap} = {storage for ... argument}:
./divmod_widths.go:38:13:     from ... argument (spill) at ./divmod_widths.go:38:13
./divmod_widths.go:38:13:     from fmt.Println(... argument...) (call parameter) at ./divmod_widths.go:38:13
./divmod_widths.go:35:43: 17 % -4 escapes to heap:
./divmod_widths.go:35:43:   flow: {storage for ... argument} = &{storage for 17 % -4}:
./divmod_widths.go:35:43:     from 17 % -4 (spill) at ./divmod_widths.go:35:43
./divmod_widths.go:35:43:     from ... argument (slice-literal-element) at ./divmod_widths.go:35:13
./divmod_widths.go:35:43:   flow: {heap} = {storage for ... argument}:
./divmod_widths.go:35:43:     from ... argument (spill) at ./divmod_widths.go:35:13
./divmod_widths.go:35:43:     from fmt.Println(... argument...) (call parameter) at ./divmod_widths.go:35:13
./divmod_widths.go:35:36: 17 / -4 escapes to heap:
./divmod_widths.go:35:36:   flow: {storage for ... argument} = &{storage for 17 / -4}:
./divmod_widths.go:35:36:     from 17 / -4 (spill) at ./divmod_widths.go:35:36
./divmod_widths.go:35:36:     from ... argument (slice-literal-element) at ./divmod_widths.go:35:13
./divmod_widths.go:35:36:   flow: {heap} = {storage for ... argument}:
./divmod_widths.go:35:36:     from ... argument (spill) at ./divmod_widths.go:35:13
./divmod_widths.go:35:36:     from fmt.Println(... argument...) (call parameter) at ./divmod_widths.go:35:13
./divmod_widths.go:35:30: -17 % 4 escapes to heap:
./divmod_widths.go:35:30:   flow: {storage for ... argument} = &{storage for -17 % 4}:
./divmod_widths.go:35:30:     from -17 % 4 (spill) at ./divmod_widths.go:35:30
./divmod_widths.go:35:30:     from ... argument (slice-literal-element) at ./divmod_widths.go:35:13
./divmod_widths.go:35:30:   flow: {heap} = {storage for ... argument}:
./divmod_widths.go:35:30:     from ... argument (spill) at ./divmod_widths.go:35:13
./divmod_widths.go:35:30:     from fmt.Println(... argument...) (call parameter) at ./divmod_widths.go:35:13
./divmod_widths.go:35:23: -17 / 4 escapes to heap:
./divmod_widths.go:35:23:   flow: {storage for ... argument} = &{storage for -17 / 4}:
./divmod_widths.go:35:23:     from -17 / 4 (spill) at ./divmod_widths.go:35:23
./divmod_widths.go:35:23:     from ... argument (slice-literal-element) at ./divmod_widths.go:35:13
./divmod_widths.go:35:23:   flow: {heap} = {storage for ... argument}:
./divmod_widths.go:35:23:     from ... argument (spill) at ./divmod_widths.go:35:13
./divmod_widths.go:35:23:     from fmt.Println(... argument...) (call parameter) at ./divmod_widths.go:35:13
./divmod_widths.go:35:13: y escapes to heap:
./divmod_widths.go:35:13:   flow: {storage for ... argument} = &{storage for y}:
./divmod_widths.go:35:13:     from y (spill) at ./divmod_widths.go:35:13
./divmod_widths.go:35:13:     from ... argument (slice-literal-element) at ./divmod_widths.go:35:13
./divmod_widths.go:35:13:   flow: {heap} = {storage for ... argument}:
./divmod_widths.go:35:13:     from ... argument (spill) at ./divmod_widths.go:35:13
./divmod_widths.go:35:13:     from fmt.Println(... argument...) (call parameter) at ./divmod_widths.go:35:13
./divmod_widths.go:35:13: x escapes to heap:
./divmod_widths.go:35:13:   flow: {storage for ... argument} = &{storage for x}:
./divmod_widths.go:35:13:     from x (spill) at ./divmod_widths.go:35:13
./divmod_widths.go:35:13:     from ... argument (slice-literal-element) at ./divmod_widths.go:35:13
./divmod_widths.go:35:13:   flow: {heap} = {storage for ... argument}:
./divmod_widths.go:35:13:     from ... argument (spill) at ./divmod_widths.go:35:13
./divmod_widths.go:35:13:     from fmt.Println(... argument...) (call parameter) at ./divmod_widths.go:35:13
./divmod_widths.go:30:13: .autotmp_22 escapes to heap:
./divmod_widths.go:30:13:   flow: {storage for ... argument} = &{storage for .autotmp_22}:
./divmod_widths.go:30:13:     from .autotmp_22 (spill) at ./divmod_widths.go:30:13
./divmod_widths.go:30:13:     from ... argument (slice-literal-element) at ./divmod_widths.go:30:13
./divmod_widths.go:30:13:   flow: {heap} = {storage for ... argument}:
./divmod_widths.go:30:13:     from ... argument (spill) at ./divmod_widths.go:30:13
./divmod_widths.go:30:13:     from fmt.Println(d8(-128, -1)) (call parameter) at ./divmod_widths.go:30:13
./divmod_widths.go:30:13: .autotmp_21 escapes to heap:
./divmod_widths.go:30:13:   flow: {storage for ... argument} = &{storage for .autotmp_21}:
./divmod_widths.go:30:13:     from .autotmp_21 (spill) at ./divmod_widths.go:30:13
./divmod_widths.go:30:13:     from ... argument (slice-literal-element) at ./divmod_widths.go:30:13
./divmod_widths.go:30:13:   flow: {heap} = {storage for ... argument}:
./divmod_widths.go:30:13:     from ... argument (spill) at ./divmod_widths.go:30:13
./divmod_widths.go:30:13:     from fmt.Println(d8(-128, -1)) (call parameter) at ./divmod_widths.go:30:13
./divmod_widths.go:29:13: .autotmp_20 escapes to heap:
./divmod_widths.go:29:13:   flow: {storage for ... argument} = &{storage for .autotmp_20}:
./divmod_widths.go:29:13:     from .autotmp_20 (spill) at ./divmod_widths.go:29:13
./divmod_widths.go:29:13:     from ... argument (slice-literal-element) at ./divmod_widths.go:29:13
./divmod_widths.go:29:13:   flow: {heap} = {storage for ... argument}:
./divmod_widths.go:29:13:     from ... argument (spill) at ./divmod_widths.go:29:13
./divmod_widths.go:29:13:     from fmt.Println(d16(-32768, -1)) (call parameter) at ./divmod_widths.go:29:13
./divmod_widths.go:29:13: .autotmp_19 escapes to heap:
./divmod_widths.go:29:13:   flow: {storage for ... argument} = &{storage for .autotmp_19}:
./divmod_widths.go:29:13:     from .autotmp_19 (spill) at ./divmod_widths.go:29:13
./divmod_widths.go:29:13:     from ... argument (slice-literal-element) at ./divmod_widths.go:29:13
./divmod_widths.go:29:13:   flow: {heap} = {storage for ... argument}:
./divmod_widths.go:29:13:     from ... argument (spill) at ./divmod_widths.go:29:13
./divmod_widths.go:29:13:     from fmt.Println(d16(-32768, -1)) (call parameter) at ./divmod_widths.go:29:13
./divmod_widths.go:28:13: .autotmp_18 escapes to heap:
./divmod_widths.go:28:13:   flow: {storage for ... argument} = &{storage for .autotmp_18}:
./divmod_widths.go:28:13:     from .autotmp_18 (spill) at ./divmod_widths.go:28:13
./divmod_widths.go:28:13:     from ... argument (slice-literal-element) at ./divmod_widths.go:28:13
./divmod_widths.go:28:13:   flow: {heap} = {storage for ... argument}:
./divmod_widths.go:28:13:     from ... argument (spill) at ./divmod_widths.go:28:13
./divmod_widths.go:28:13:     from fmt.Println(du64(18446744073709551615, 10)) (call parameter) at ./divmod_widths.go:28:13
./divmod_widths.go:28:13: .autotmp_17 escapes to heap:
./divmod_widths.go:28:13:   flow: {storage for ... argument} = &{storage for .autotmp_17}:
./divmod_widths.go:28:13:     from .autotmp_17 (spill) at ./divmod_widths.go:28:13
./divmod_widths.go:28:13:     from ... argument (slice-literal-element) at ./divmod_widths.go:28:13
./divmod_widths.go:28:13:   flow: {heap} = {storage for ... argument}:
./divmod_widths.go:28:13:     from ... argument (spill) at ./divmod_widths.go:28:13
./divmod_widths.go:28:13:     from fmt.Println(du64(18446744073709551615, 10)) (call parameter) at ./divmod_widths.go:28:13
./divmod_widths.go:27:13: .autotmp_16 escapes to heap:
./divmod_widths.go:27:13:   flow: {storage for ... argument} = &{storage for .autotmp_16}:
./divmod_widths.go:27:13:     from .autotmp_16 (spill) at ./divmod_widths.go:27:13
./divmod_widths.go:27:13:     from ... argument (slice-literal-element) at ./divmod_widths.go:27:13
./divmod_widths.go:27:13:   flow: {heap} = {storage for ... argument}:
./divmod_widths.go:27:13:     from ... argument (spill) at ./divmod_widths.go:27:13
./divmod_widths.go:27:13:     from fmt.Println(du32(4294967295, 7)) (call parameter) at ./divmod_widths.go:27:13
./divmod_widths.go:27:13: .autotmp_15 escapes to heap:
./divmod_widths.go:27:13:   flow: {storage for ... argument} = &{storage for .autotmp_15}:
./divmod_widths.go:27:13:     from .autotmp_15 (spill) at ./divmod_widths.go:27:13
./divmod_widths.go:27:13:     from ... argument (slice-literal-element) at ./divmod_widths.go:27:13
./divmod_widths.go:27:13:   flow: {heap} = {storage for ... argument}:
./divmod_widths.go:27:13:     from ... argument (spill) at ./divmod_widths.go:27:13
./divmod_widths.go:27:13:     from fmt.Println(du32(4294967295, 7)) (call parameter) at ./divmod_widths.go:27:13
./divmod_widths.go:26:13: .autotmp_14 escapes to heap:
./divmod_widths.go:26:13:   flow: {storage for ... argument} = &{storage for .autotmp_14}:
./divmod_widths.go:26:13:     from .autotmp_14 (spill) at ./divmod_widths.go:26:13
./divmod_widths.go:26:13:     from ... argument (slice-literal-element) at ./divmod_widths.go:26:13
./divmod_widths.go:26:13:   flow: {heap} = {storage for ... argument}:
./divmod_widths.go:26:13:     from ... argument (spill) at ./divmod_widths.go:26:13
./divmod_widths.go:26:13:     from fmt.Println(d64(-9223372036854775808, -1)) (call parameter) at ./divmod_widths.go:26:13
./divmod_widths.go:26:13: .autotmp_13 escapes to heap:
./divmod_widths.go:26:13:   flow: {storage for ... argument} = &{storage for .autotmp_13}:
./divmod_widths.go:26:13:     from .autotmp_13 (spill) at ./divmod_widths.go:26:13
./divmod_widths.go:26:13:     from ... argument (slice-literal-element) at ./divmod_widths.go:26:13
./divmod_widths.go:26:13:   flow: {heap} = {storage for ... argument}:
./divmod_widths.go:26:13:     from ... argument (spill) at ./divmod_widths.go:26:13
./divmod_widths.go:26:13:     from fmt.Println(d64(-9223372036854775808, -1)) (call parameter) at ./divmod_widths.go:26:13
./divmod_widths.go:25:13: .autotmp_12 escapes to heap:
./divmod_widths.go:25:13:   flow: {storage for ... argument} = &{storage for .autotmp_12}:
./divmod_widths.go:25:13:     from .autotmp_12 (spill) at ./divmod_widths.go:25:13
./divmod_widths.go:25:13:     from ... argument (slice-literal-element) at ./divmod_widths.go:25:13
./divmod_widths.go:25:13:   flow: {heap} = {storage for ... argument}:
./divmod_widths.go:25:13:     from ... argument (spill) at ./divmod_widths.go:25:13
./divmod_widths.go:25:13:     from fmt.Println(d32(-2147483648, -1)) (call parameter) at ./divmod_widths.go:25:13
./divmod_widths.go:25:13: .autotmp_11 escapes to heap:
./divmod_widths.go:25:13:   flow: {storage for ... argument} = &{storage for .autotmp_11}:
./divmod_widths.go:25:13:     from .autotmp_11 (spill) at ./divmod_widths.go:25:13
./divmod_widths.go:25:13:     from ... argument (slice-literal-element) at ./divmod_widths.go:25:13
./divmod_widths.go:25:13:   flow: {heap} = {storage for ... argument}:
./divmod_widths.go:25:13:     from ... argument (spill) at ./divmod_widths.go:25:13
./divmod_widths.go:25:13:     from fmt.Println(d32(-2147483648, -1)) (call parameter) at ./divmod_widths.go:25:13
./divmod_widths.go:22:15: ru16 escapes to heap:
./divmod_widths.go:22:15:   flow: {storage for ... argument} = &{storage for ru16}:
./divmod_widths.go:22:15:     from ru16 (spill) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15:     from ... argument (slice-literal-element) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15:   flow: {heap} = {storage for ... argument}:
./divmod_widths.go:22:15:     from ... argument (spill) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15:     from fmt.Println(... argument...) (call parameter) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15: qu16 escapes to heap:
./divmod_widths.go:22:15:   flow: {storage for ... argument} = &{storage for qu16}:
./divmod_widths.go:22:15:     from qu16 (spill) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15:     from ... argument (slice-literal-element) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15:   flow: {heap} = {storage for ... argument}:
./divmod_widths.go:22:15:     from ... argument (spill) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15:     from fmt.Println(... argument...) (call parameter) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15: r16 escapes to heap:
./divmod_widths.go:22:15:   flow: {storage for ... argument} = &{storage for r16}:
./divmod_widths.go:22:15:     from r16 (spill) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15:     from ... argument (slice-literal-element) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15:   flow: {heap} = {storage for ... argument}:
./divmod_widths.go:22:15:     from ... argument (spill) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15:     from fmt.Println(... argument...) (call parameter) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15: q16 escapes to heap:
./divmod_widths.go:22:15:   flow: {storage for ... argument} = &{storage for q16}:
./divmod_widths.go:22:15:     from q16 (spill) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15:     from ... argument (slice-literal-element) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15:   flow: {heap} = {storage for ... argument}:
./divmod_widths.go:22:15:     from ... argument (spill) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15:     from fmt.Println(... argument...) (call parameter) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15: ru8 escapes to heap:
./divmod_widths.go:22:15:   flow: {storage for ... argument} = &{storage for ru8}:
./divmod_widths.go:22:15:     from ru8 (spill) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15:     from ... argument (slice-literal-element) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15:   flow: {heap} = {storage for ... argument}:
./divmod_widths.go:22:15:     from ... argument (spill) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15:     from fmt.Println(... argument...) (call parameter) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15: qu8 escapes to heap:
./divmod_widths.go:22:15:   flow: {storage for ... argument} = &{storage for qu8}:
./divmod_widths.go:22:15:     from qu8 (spill) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15:     from ... argument (slice-literal-element) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15:   flow: {heap} = {storage for ... argument}:
./divmod_widths.go:22:15:     from ... argument (spill) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15:     from fmt.Println(... argument...) (call parameter) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15: r8 escapes to heap:
./divmod_widths.go:22:15:   flow: {storage for ... argument} = &{storage for r8}:
./divmod_widths.go:22:15:     from r8 (spill) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15:     from ... argument (slice-literal-element) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15:   flow: {heap} = {storage for ... argument}:
./divmod_widths.go:22:15:     from ... argument (spill) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15:     from fmt.Println(... argument...) (call parameter) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15: q8 escapes to heap:
./divmod_widths.go:22:15:   flow: {storage for ... argument} = &{storage for q8}:
./divmod_widths.go:22:15:     from q8 (spill) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15:     from ... argument (slice-literal-element) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15:   flow: {heap} = {storage for ... argument}:
./divmod_widths.go:22:15:     from ... argument (spill) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15:     from fmt.Println(... argument...) (call parameter) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15: b escapes to heap:
./divmod_widths.go:22:15:   flow: {storage for ... argument} = &{storage for b}:
./divmod_widths.go:22:15:     from b (spill) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15:     from ... argument (slice-literal-element) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15:   flow: {heap} = {storage for ... argument}:
./divmod_widths.go:22:15:     from ... argument (spill) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15:     from fmt.Println(... argument...) (call parameter) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15: a escapes to heap:
./divmod_widths.go:22:15:   flow: {storage for ... argument} = &{storage for a}:
./divmod_widths.go:22:15:     from a (spill) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15:     from ... argument (slice-literal-element) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15:   flow: {heap} = {storage for ... argument}:
./divmod_widths.go:22:15:     from ... argument (spill) at ./divmod_widths.go:22:15
./divmod_widths.go:22:15:     from fmt.Println(... argument...) (call parameter) at ./divmod_widths.go:22:15
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
