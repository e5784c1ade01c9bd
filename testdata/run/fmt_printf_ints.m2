./fmt_printf_ints.go:44:39: 4 escapes to heap:
./fmt_printf_ints.go:44:39:   flow: {storage for ... argument} = &{storage for 4}:
./fmt_printf_ints.go:44:39:     from 4 (spill) at ./fmt_printf_ints.go:44:39
./fmt_printf_ints.go:44:39:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:44:12
./fmt_printf_ints.go:44:39:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:44:39:     from ... argument (spill) at ./fmt_printf_ints.go:44:12
./fmt_printf_ints.go:44:39:     from fmt.Printf("%t %s %e %p\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:44:12
./fmt_printf_ints.go:44:36: 3 escapes to heap:
./fmt_printf_ints.go:44:36:   flow: {storage for ... argument} = &{storage for 3}:
./fmt_printf_ints.go:44:36:     from 3 (spill) at ./fmt_printf_ints.go:44:36
./fmt_printf_ints.go:44:36:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:44:12
./fmt_printf_ints.go:44:36:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:44:36:     from ... argument (spill) at ./fmt_printf_ints.go:44:12
./fmt_printf_ints.go:44:36:     from fmt.Printf("%t %s %e %p\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:44:12
./fmt_printf_ints.go:44:33: 2 escapes to heap:
./fmt_printf_ints.go:44:33:   flow: {storage for ... argument} = &{storage for 2}:
./fmt_printf_ints.go:44:33:     from 2 (spill) at ./fmt_printf_ints.go:44:33
./fmt_printf_ints.go:44:33:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:44:12
./fmt_printf_ints.go:44:33:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:44:33:     from ... argument (spill) at ./fmt_printf_ints.go:44:12
./fmt_printf_ints.go:44:33:     from fmt.Printf("%t %s %e %p\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:44:12
./fmt_printf_ints.go:44:30: 1 escapes to heap:
./fmt_printf_ints.go:44:30:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_printf_ints.go:44:30:     from 1 (spill) at ./fmt_printf_ints.go:44:30
./fmt_printf_ints.go:44:30:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:44:12
./fmt_printf_ints.go:44:30:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:44:30:     from ... argument (spill) at ./fmt_printf_ints.go:44:12
./fmt_printf_ints.go:44:30:     from fmt.Printf("%t %s %e %p\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:44:12
./fmt_printf_ints.go:43:45: 7 escapes to heap:
./fmt_printf_ints.go:43:45:   flow: {storage for ... argument} = &{storage for 7}:
./fmt_printf_ints.go:43:45:     from 7 (spill) at ./fmt_printf_ints.go:43:45
./fmt_printf_ints.go:43:45:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:43:12
./fmt_printf_ints.go:43:45:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:43:45:     from ... argument (spill) at ./fmt_printf_ints.go:43:12
./fmt_printf_ints.go:43:45:     from fmt.Printf("|%6.2d|%-6.3x|%+.2d|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:43:12
./fmt_printf_ints.go:43:42: 7 escapes to heap:
./fmt_printf_ints.go:43:42:   flow: {storage for ... argument} = &{storage for 7}:
./fmt_printf_ints.go:43:42:     from 7 (spill) at ./fmt_printf_ints.go:43:42
./fmt_printf_ints.go:43:42:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:43:12
./fmt_printf_ints.go:43:42:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:43:42:     from ... argument (spill) at ./fmt_printf_ints.go:43:12
./fmt_printf_ints.go:43:42:     from fmt.Printf("|%6.2d|%-6.3x|%+.2d|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:43:12
./fmt_printf_ints.go:43:39: 7 escapes to heap:
./fmt_printf_ints.go:43:39:   flow: {storage for ... argument} = &{storage for 7}:
./fmt_printf_ints.go:43:39:     from 7 (spill) at ./fmt_printf_ints.go:43:39
./fmt_printf_ints.go:43:39:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:43:12
./fmt_printf_ints.go:43:39:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:43:39:     from ... argument (spill) at ./fmt_printf_ints.go:43:12
./fmt_printf_ints.go:43:39:     from fmt.Printf("|%6.2d|%-6.3x|%+.2d|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:43:12
./fmt_printf_ints.go:42:75: []rune{...} escapes to heap:
./fmt_printf_ints.go:42:75:   flow: {storage for ... argument} = &{storage for []rune{...}}:
./fmt_printf_ints.go:42:75:     from []rune{...} (spill) at ./fmt_printf_ints.go:42:75
./fmt_printf_ints.go:42:75:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:42:12
./fmt_printf_ints.go:42:75:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:42:75:     from ... argument (spill) at ./fmt_printf_ints.go:42:12
./fmt_printf_ints.go:42:75:     from fmt.Printf("|%c|%q|%U|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:42:12
./fmt_printf_ints.go:42:54: []int32{...} escapes to heap:
./fmt_printf_ints.go:42:54:   flow: {storage for ... argument} = &{storage for []int32{...}}:
./fmt_printf_ints.go:42:54:     from []int32{...} (spill) at ./fmt_printf_ints.go:42:54
./fmt_printf_ints.go:42:54:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:42:12
./fmt_printf_ints.go:42:54:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:42:54:     from ... argument (spill) at ./fmt_printf_ints.go:42:12
./fmt_printf_ints.go:42:54:     from fmt.Printf("|%c|%q|%U|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:42:12
./fmt_printf_ints.go:42:35: []rune{...} escapes to heap:
./fmt_printf_ints.go:42:35:   flow: {storage for ... argument} = &{storage for []rune{...}}:
./fmt_printf_ints.go:42:35:     from []rune{...} (spill) at ./fmt_printf_ints.go:42:35
./fmt_printf_ints.go:42:35:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:42:12
./fmt_printf_ints.go:42:35:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:42:35:     from ... argument (spill) at ./fmt_printf_ints.go:42:12
./fmt_printf_ints.go:42:35:     from fmt.Printf("|%c|%q|%U|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:42:12
./fmt_printf_ints.go:41:70: []int{...} escapes to heap:
./fmt_printf_ints.go:41:70:   flow: {storage for ... argument} = &{storage for []int{...}}:
./fmt_printf_ints.go:41:70:     from []int{...} (spill) at ./fmt_printf_ints.go:41:70
./fmt_printf_ints.go:41:70:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:41:12
./fmt_printf_ints.go:41:70:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:41:70:     from ... argument (spill) at ./fmt_printf_ints.go:41:12
./fmt_printf_ints.go:41:70:     from fmt.Printf("|%x|%X|%#x|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:41:12
./fmt_printf_ints.go:41:53: [2]uint{...} escapes to heap:
./fmt_printf_ints.go:41:53:   flow: {storage for ... argument} = &{storage for [2]uint{...}}:
./fmt_printf_ints.go:41:53:     from [2]uint{...} (spill) at ./fmt_printf_ints.go:41:53
./fmt_printf_ints.go:41:53:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:41:12
./fmt_printf_ints.go:41:53:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:41:53:     from ... argument (spill) at ./fmt_printf_ints.go:41:12
./fmt_printf_ints.go:41:53:     from fmt.Printf("|%x|%X|%#x|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:41:12
./fmt_printf_ints.go:41:35: []int{...} escapes to heap:
./fmt_printf_ints.go:41:35:   flow: {storage for ... argument} = &{storage for []int{...}}:
./fmt_printf_ints.go:41:35:     from []int{...} (spill) at ./fmt_printf_ints.go:41:35
./fmt_printf_ints.go:41:35:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:41:12
./fmt_printf_ints.go:41:35:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:41:35:     from ... argument (spill) at ./fmt_printf_ints.go:41:12
./fmt_printf_ints.go:41:35:     from fmt.Printf("|%x|%X|%#x|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:41:12
./fmt_printf_ints.go:40:69: []int16{...} escapes to heap:
./fmt_printf_ints.go:40:69:   flow: {storage for ... argument} = &{storage for []int16{...}}:
./fmt_printf_ints.go:40:69:     from []int16{...} (spill) at ./fmt_printf_ints.go:40:69
./fmt_printf_ints.go:40:69:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:40:12
./fmt_printf_ints.go:40:69:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:40:69:     from ... argument (spill) at ./fmt_printf_ints.go:40:12
./fmt_printf_ints.go:40:69:     from fmt.Printf("|%3d|%-3d|%03d|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:40:12
./fmt_printf_ints.go:40:54: [2]int8{...} escapes to heap:
./fmt_printf_ints.go:40:54:   flow: {storage for ... argument} = &{storage for [2]int8{...}}:
./fmt_printf_ints.go:40:54:     from [2]int8{...} (spill) at ./fmt_printf_ints.go:40:54
./fmt_printf_ints.go:40:54:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:40:12
./fmt_printf_ints.go:40:54:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:40:54:     from ... argument (spill) at ./fmt_printf_ints.go:40:12
./fmt_printf_ints.go:40:54:     from fmt.Printf("|%3d|%-3d|%03d|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:40:12
./fmt_printf_ints.go:40:39: []int{...} escapes to heap:
./fmt_printf_ints.go:40:39:   flow: {storage for ... argument} = &{storage for []int{...}}:
./fmt_printf_ints.go:40:39:     from []int{...} (spill) at ./fmt_printf_ints.go:40:39
./fmt_printf_ints.go:40:39:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:40:12
./fmt_printf_ints.go:40:39:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:40:39:     from ... argument (spill) at ./fmt_printf_ints.go:40:12
./fmt_printf_ints.go:40:39:     from fmt.Printf("|%3d|%-3d|%03d|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:40:12
./fmt_printf_ints.go:39:71: []int{...} escapes to heap:
./fmt_printf_ints.go:39:71:   flow: {storage for ... argument} = &{storage for []int{...}}:
./fmt_printf_ints.go:39:71:     from []int{...} (spill) at ./fmt_printf_ints.go:39:71
./fmt_printf_ints.go:39:71:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:39:12
./fmt_printf_ints.go:39:71:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:39:71:     from ... argument (spill) at ./fmt_printf_ints.go:39:12
./fmt_printf_ints.go:39:71:     from fmt.Printf("|%v|%d|%x|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:39:12
./fmt_printf_ints.go:39:55: []uint8{...} escapes to heap:
./fmt_printf_ints.go:39:55:   flow: {storage for ... argument} = &{storage for []uint8{...}}:
./fmt_printf_ints.go:39:55:     from []uint8{...} (spill) at ./fmt_printf_ints.go:39:55
./fmt_printf_ints.go:39:55:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:39:12
./fmt_printf_ints.go:39:55:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:39:55:     from ... argument (spill) at ./fmt_printf_ints.go:39:12
./fmt_printf_ints.go:39:55:     from fmt.Printf("|%v|%d|%x|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:39:12
./fmt_printf_ints.go:39:34: []int{...} escapes to heap:
./fmt_printf_ints.go:39:34:   flow: {storage for ... argument} = &{storage for []int{...}}:
./fmt_printf_ints.go:39:34:     from []int{...} (spill) at ./fmt_printf_ints.go:39:34
./fmt_printf_ints.go:39:34:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:39:12
./fmt_printf_ints.go:39:34:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:39:34:     from ... argument (spill) at ./fmt_printf_ints.go:39:12
./fmt_printf_ints.go:39:34:     from fmt.Printf("|%v|%d|%x|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:39:12
./fmt_printf_ints.go:38:13: u64 escapes to heap:
./fmt_printf_ints.go:38:13:   flow: {storage for ... argument} = &{storage for u64}:
./fmt_printf_ints.go:38:13:     from u64 (spill) at ./fmt_printf_ints.go:38:13
./fmt_printf_ints.go:38:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:38:12
./fmt_printf_ints.go:38:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:38:13:     from ... argument (spill) at ./fmt_printf_ints.go:38:12
./fmt_printf_ints.go:38:13:     from fmt.Printf("|%d|%x|%o|%b|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:38:12
./fmt_printf_ints.go:38:13: u64 escapes to heap:
./fmt_printf_ints.go:38:13:   flow: {storage for ... argument} = &{storage for u64}:
./fmt_printf_ints.go:38:13:     from u64 (spill) at ./fmt_printf_ints.go:38:13
./fmt_printf_ints.go:38:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:38:12
./fmt_printf_ints.go:38:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:38:13:     from ... argument (spill) at ./fmt_printf_ints.go:38:12
./fmt_printf_ints.go:38:13:     from fmt.Printf("|%d|%x|%o|%b|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:38:12
./fmt_printf_ints.go:38:13: u64 escapes to heap:
./fmt_printf_ints.go:38:13:   flow: {storage for ... argument} = &{storage for u64}:
./fmt_printf_ints.go:38:13:     from u64 (spill) at ./fmt_printf_ints.go:38:13
./fmt_printf_ints.go:38:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:38:12
./fmt_printf_ints.go:38:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:38:13:     from ... argument (spill) at ./fmt_printf_ints.go:38:12
./fmt_printf_ints.go:38:13:     from fmt.Printf("|%d|%x|%o|%b|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:38:12
./fmt_printf_ints.go:38:13: u64 escapes to heap:
./fmt_printf_ints.go:38:13:   flow: {storage for ... argument} = &{storage for u64}:
./fmt_printf_ints.go:38:13:     from u64 (spill) at ./fmt_printf_ints.go:38:13
./fmt_printf_ints.go:38:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:38:12
./fmt_printf_ints.go:38:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:38:13:     from ... argument (spill) at ./fmt_printf_ints.go:38:12
./fmt_printf_ints.go:38:13:     from fmt.Printf("|%d|%x|%o|%b|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:38:12
./fmt_printf_ints.go:37:13: i64 escapes to heap:
./fmt_printf_ints.go:37:13:   flow: {storage for ... argument} = &{storage for i64}:
./fmt_printf_ints.go:37:13:     from i64 (spill) at ./fmt_printf_ints.go:37:13
./fmt_printf_ints.go:37:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:37:12
./fmt_printf_ints.go:37:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:37:13:     from ... argument (spill) at ./fmt_printf_ints.go:37:12
./fmt_printf_ints.go:37:13:     from fmt.Printf("|%20d|%-20d|%020d|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:37:12
./fmt_printf_ints.go:37:13: i64 escapes to heap:
./fmt_printf_ints.go:37:13:   flow: {storage for ... argument} = &{storage for i64}:
./fmt_printf_ints.go:37:13:     from i64 (spill) at ./fmt_printf_ints.go:37:13
./fmt_printf_ints.go:37:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:37:12
./fmt_printf_ints.go:37:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:37:13:     from ... argument (spill) at ./fmt_printf_ints.go:37:12
./fmt_printf_ints.go:37:13:     from fmt.Printf("|%20d|%-20d|%020d|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:37:12
./fmt_printf_ints.go:37:13: i64 escapes to heap:
./fmt_printf_ints.go:37:13:   flow: {storage for ... argument} = &{storage for i64}:
./fmt_printf_ints.go:37:13:     from i64 (spill) at ./fmt_printf_ints.go:37:13
./fmt_printf_ints.go:37:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:37:12
./fmt_printf_ints.go:37:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:37:13:     from ... argument (spill) at ./fmt_printf_ints.go:37:12
./fmt_printf_ints.go:37:13:     from fmt.Printf("|%20d|%-20d|%020d|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:37:12
./fmt_printf_ints.go:36:65: 64 escapes to heap:
./fmt_printf_ints.go:36:65:   flow: {storage for ... argument} = &{storage for 64}:
./fmt_printf_ints.go:36:65:     from 64 (spill) at ./fmt_printf_ints.go:36:65
./fmt_printf_ints.go:36:65:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:36:12
./fmt_printf_ints.go:36:65:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:36:65:     from ... argument (spill) at ./fmt_printf_ints.go:36:12
./fmt_printf_ints.go:36:65:     from fmt.Printf("|%08.3x|%+x|% x|%#.5x|%#o|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:36:12
./fmt_printf_ints.go:36:60: 255 escapes to heap:
./fmt_printf_ints.go:36:60:   flow: {storage for ... argument} = &{storage for 255}:
./fmt_printf_ints.go:36:60:     from 255 (spill) at ./fmt_printf_ints.go:36:60
./fmt_printf_ints.go:36:60:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:36:12
./fmt_printf_ints.go:36:60:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:36:60:     from ... argument (spill) at ./fmt_printf_ints.go:36:12
./fmt_printf_ints.go:36:60:     from fmt.Printf("|%08.3x|%+x|% x|%#.5x|%#o|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:36:12
./fmt_printf_ints.go:36:55: 255 escapes to heap:
./fmt_printf_ints.go:36:55:   flow: {storage for ... argument} = &{storage for 255}:
./fmt_printf_ints.go:36:55:     from 255 (spill) at ./fmt_printf_ints.go:36:55
./fmt_printf_ints.go:36:55:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:36:12
./fmt_printf_ints.go:36:55:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:36:55:     from ... argument (spill) at ./fmt_printf_ints.go:36:12
./fmt_printf_ints.go:36:55:     from fmt.Printf("|%08.3x|%+x|% x|%#.5x|%#o|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:36:12
./fmt_printf_ints.go:36:50: 255 escapes to heap:
./fmt_printf_ints.go:36:50:   flow: {storage for ... argument} = &{storage for 255}:
./fmt_printf_ints.go:36:50:     from 255 (spill) at ./fmt_printf_ints.go:36:50
./fmt_printf_ints.go:36:50:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:36:12
./fmt_printf_ints.go:36:50:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:36:50:     from ... argument (spill) at ./fmt_printf_ints.go:36:12
./fmt_printf_ints.go:36:50:     from fmt.Printf("|%08.3x|%+x|% x|%#.5x|%#o|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:36:12
./fmt_printf_ints.go:36:45: 255 escapes to heap:
./fmt_printf_ints.go:36:45:   flow: {storage for ... argument} = &{storage for 255}:
./fmt_printf_ints.go:36:45:     from 255 (spill) at ./fmt_printf_ints.go:36:45
./fmt_printf_ints.go:36:45:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:36:12
./fmt_printf_ints.go:36:45:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:36:45:     from ... argument (spill) at ./fmt_printf_ints.go:36:12
./fmt_printf_ints.go:36:45:     from fmt.Printf("|%08.3x|%+x|% x|%#.5x|%#o|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:36:12
./fmt_printf_ints.go:35:93: m escapes to heap:
./fmt_printf_ints.go:35:93:   flow: {storage for ... argument} = &{storage for m}:
./fmt_printf_ints.go:35:93:     from m (spill) at ./fmt_printf_ints.go:35:93
./fmt_printf_ints.go:35:93:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:35:12
./fmt_printf_ints.go:35:93:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:35:93:     from ... argument (spill) at ./fmt_printf_ints.go:35:12
./fmt_printf_ints.go:35:93:     from fmt.Printf("|%U|%#U|%#U|%#U|%.6U|%10U|%-10U|%U|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:35:12
./fmt_printf_ints.go:35:93: 0x41 escapes to heap:
./fmt_printf_ints.go:35:93:   flow: {storage for ... argument} = &{storage for 0x41}:
./fmt_printf_ints.go:35:93:     from 0x41 (spill) at ./fmt_printf_ints.go:35:93
./fmt_printf_ints.go:35:93:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:35:12
./fmt_printf_ints.go:35:93:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:35:93:     from ... argument (spill) at ./fmt_printf_ints.go:35:12
./fmt_printf_ints.go:35:93:     from fmt.Printf("|%U|%#U|%#U|%#U|%.6U|%10U|%-10U|%U|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:35:12
./fmt_printf_ints.go:35:87: 0x41 escapes to heap:
./fmt_printf_ints.go:35:87:   flow: {storage for ... argument} = &{storage for 0x41}:
./fmt_printf_ints.go:35:87:     from 0x41 (spill) at ./fmt_printf_ints.go:35:87
./fmt_printf_ints.go:35:87:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:35:12
./fmt_printf_ints.go:35:87:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:35:87:     from ... argument (spill) at ./fmt_printf_ints.go:35:12
./fmt_printf_ints.go:35:87:     from fmt.Printf("|%U|%#U|%#U|%#U|%.6U|%10U|%-10U|%U|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:35:12
./fmt_printf_ints.go:35:81: 0x41 escapes to heap:
./fmt_printf_ints.go:35:81:   flow: {storage for ... argument} = &{storage for 0x41}:
./fmt_printf_ints.go:35:81:     from 0x41 (spill) at ./fmt_printf_ints.go:35:81
./fmt_printf_ints.go:35:81:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:35:12
./fmt_printf_ints.go:35:81:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:35:81:     from ... argument (spill) at ./fmt_printf_ints.go:35:12
./fmt_printf_ints.go:35:81:     from fmt.Printf("|%U|%#U|%#U|%#U|%.6U|%10U|%-10U|%U|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:35:12
./fmt_printf_ints.go:35:72: 0x1F600 escapes to heap:
./fmt_printf_ints.go:35:72:   flow: {storage for ... argument} = &{storage for 0x1F600}:
./fmt_printf_ints.go:35:72:     from 0x1F600 (spill) at ./fmt_printf_ints.go:35:72
./fmt_printf_ints.go:35:72:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:35:12
./fmt_printf_ints.go:35:72:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:35:72:     from ... argument (spill) at ./fmt_printf_ints.go:35:12
./fmt_printf_ints.go:35:72:     from fmt.Printf("|%U|%#U|%#U|%#U|%.6U|%10U|%-10U|%U|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:35:12
./fmt_printf_ints.go:35:66: '\n' escapes to heap:
./fmt_printf_ints.go:35:66:   flow: {storage for ... argument} = &{storage for '\n'}:
./fmt_printf_ints.go:35:66:     from '\n' (spill) at ./fmt_printf_ints.go:35:66
./fmt_printf_ints.go:35:66:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:35:12
./fmt_printf_ints.go:35:66:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:35:66:     from ... argument (spill) at ./fmt_printf_ints.go:35:12
./fmt_printf_ints.go:35:66:     from fmt.Printf("|%U|%#U|%#U|%#U|%.6U|%10U|%-10U|%U|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:35:12
./fmt_printf_ints.go:35:60: 0x41 escapes to heap:
./fmt_printf_ints.go:35:60:   flow: {storage for ... argument} = &{storage for 0x41}:
./fmt_printf_ints.go:35:60:     from 0x41 (spill) at ./fmt_printf_ints.go:35:60
./fmt_printf_ints.go:35:60:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:35:12
./fmt_printf_ints.go:35:60:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:35:60:     from ... argument (spill) at ./fmt_printf_ints.go:35:12
./fmt_printf_ints.go:35:60:     from fmt.Printf("|%U|%#U|%#U|%#U|%.6U|%10U|%-10U|%U|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:35:12
./fmt_printf_ints.go:35:54: 0x41 escapes to heap:
./fmt_printf_ints.go:35:54:   flow: {storage for ... argument} = &{storage for 0x41}:
./fmt_printf_ints.go:35:54:     from 0x41 (spill) at ./fmt_printf_ints.go:35:54
./fmt_printf_ints.go:35:54:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:35:12
./fmt_printf_ints.go:35:54:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:35:54:     from ... argument (spill) at ./fmt_printf_ints.go:35:12
./fmt_printf_ints.go:35:54:     from fmt.Printf("|%U|%#U|%#U|%#U|%.6U|%10U|%-10U|%U|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:35:12
./fmt_printf_ints.go:34:81: '\'' escapes to heap:
./fmt_printf_ints.go:34:81:   flow: {storage for ... argument} = &{storage for '\''}:
./fmt_printf_ints.go:34:81:     from '\'' (spill) at ./fmt_printf_ints.go:34:81
./fmt_printf_ints.go:34:81:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:34:12
./fmt_printf_ints.go:34:81:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:34:81:     from ... argument (spill) at ./fmt_printf_ints.go:34:12
./fmt_printf_ints.go:34:81:     from fmt.Printf("|%q|%q|%q|%+q|%#q|%q|%q|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:34:12
./fmt_printf_ints.go:34:77: -1 escapes to heap:
./fmt_printf_ints.go:34:77:   flow: {storage for ... argument} = &{storage for -1}:
./fmt_printf_ints.go:34:77:     from -1 (spill) at ./fmt_printf_ints.go:34:77
./fmt_printf_ints.go:34:77:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:34:12
./fmt_printf_ints.go:34:77:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:34:77:     from ... argument (spill) at ./fmt_printf_ints.go:34:12
./fmt_printf_ints.go:34:77:     from fmt.Printf("|%q|%q|%q|%+q|%#q|%q|%q|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:34:12
./fmt_printf_ints.go:34:72: 'a' escapes to heap:
./fmt_printf_ints.go:34:72:   flow: {storage for ... argument} = &{storage for 'a'}:
./fmt_printf_ints.go:34:72:     from 'a' (spill) at ./fmt_printf_ints.go:34:72
./fmt_printf_ints.go:34:72:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:34:12
./fmt_printf_ints.go:34:72:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:34:72:     from ... argument (spill) at ./fmt_printf_ints.go:34:12
./fmt_printf_ints.go:34:72:     from fmt.Printf("|%q|%q|%q|%+q|%#q|%q|%q|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:34:12
./fmt_printf_ints.go:34:63: 0x1F600 escapes to heap:
./fmt_printf_ints.go:34:63:   flow: {storage for ... argument} = &{storage for 0x1F600}:
./fmt_printf_ints.go:34:63:     from 0x1F600 (spill) at ./fmt_printf_ints.go:34:63
./fmt_printf_ints.go:34:63:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:34:12
./fmt_printf_ints.go:34:63:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:34:63:     from ... argument (spill) at ./fmt_printf_ints.go:34:12
./fmt_printf_ints.go:34:63:     from fmt.Printf("|%q|%q|%q|%+q|%#q|%q|%q|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:34:12
./fmt_printf_ints.go:34:54: 0x1F600 escapes to heap:
./fmt_printf_ints.go:34:54:   flow: {storage for ... argument} = &{storage for 0x1F600}:
./fmt_printf_ints.go:34:54:     from 0x1F600 (spill) at ./fmt_printf_ints.go:34:54
./fmt_printf_ints.go:34:54:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:34:12
./fmt_printf_ints.go:34:54:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:34:54:     from ... argument (spill) at ./fmt_printf_ints.go:34:12
./fmt_printf_ints.go:34:54:     from fmt.Printf("|%q|%q|%q|%+q|%#q|%q|%q|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:34:12
./fmt_printf_ints.go:34:48: '\n' escapes to heap:
./fmt_printf_ints.go:34:48:   flow: {storage for ... argument} = &{storage for '\n'}:
./fmt_printf_ints.go:34:48:     from '\n' (spill) at ./fmt_printf_ints.go:34:48
./fmt_printf_ints.go:34:48:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:34:12
./fmt_printf_ints.go:34:48:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:34:48:     from ... argument (spill) at ./fmt_printf_ints.go:34:12
./fmt_printf_ints.go:34:48:     from fmt.Printf("|%q|%q|%q|%+q|%#q|%q|%q|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:34:12
./fmt_printf_ints.go:34:43: 'a' escapes to heap:
./fmt_printf_ints.go:34:43:   flow: {storage for ... argument} = &{storage for 'a'}:
./fmt_printf_ints.go:34:43:     from 'a' (spill) at ./fmt_printf_ints.go:34:43
./fmt_printf_ints.go:34:43:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:34:12
./fmt_printf_ints.go:34:43:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:34:43:     from ... argument (spill) at ./fmt_printf_ints.go:34:12
./fmt_printf_ints.go:34:43:     from fmt.Printf("|%q|%q|%q|%+q|%#q|%q|%q|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:34:12
./fmt_printf_ints.go:33:82: 'y' escapes to heap:
./fmt_printf_ints.go:33:82:   flow: {storage for ... argument} = &{storage for 'y'}:
./fmt_printf_ints.go:33:82:     from 'y' (spill) at ./fmt_printf_ints.go:33:82
./fmt_printf_ints.go:33:82:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:33:12
./fmt_printf_ints.go:33:82:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:33:82:     from ... argument (spill) at ./fmt_printf_ints.go:33:12
./fmt_printf_ints.go:33:82:     from fmt.Printf("|%c|%c|%c|%c|%c|%5c|%-5c|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:33:12
./fmt_printf_ints.go:33:77: 'x' escapes to heap:
./fmt_printf_ints.go:33:77:   flow: {storage for ... argument} = &{storage for 'x'}:
./fmt_printf_ints.go:33:77:     from 'x' (spill) at ./fmt_printf_ints.go:33:77
./fmt_printf_ints.go:33:77:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:33:12
./fmt_printf_ints.go:33:77:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:33:77:     from ... argument (spill) at ./fmt_printf_ints.go:33:12
./fmt_printf_ints.go:33:77:     from fmt.Printf("|%c|%c|%c|%c|%c|%5c|%-5c|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:33:12
./fmt_printf_ints.go:33:67: 0x110000 escapes to heap:
./fmt_printf_ints.go:33:67:   flow: {storage for ... argument} = &{storage for 0x110000}:
./fmt_printf_ints.go:33:67:     from 0x110000 (spill) at ./fmt_printf_ints.go:33:67
./fmt_printf_ints.go:33:67:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:33:12
./fmt_printf_ints.go:33:67:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:33:67:     from ... argument (spill) at ./fmt_printf_ints.go:33:12
./fmt_printf_ints.go:33:67:     from fmt.Printf("|%c|%c|%c|%c|%c|%5c|%-5c|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:33:12
./fmt_printf_ints.go:33:63: -1 escapes to heap:
./fmt_printf_ints.go:33:63:   flow: {storage for ... argument} = &{storage for -1}:
./fmt_printf_ints.go:33:63:     from -1 (spill) at ./fmt_printf_ints.go:33:63
./fmt_printf_ints.go:33:63:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:33:12
./fmt_printf_ints.go:33:63:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:33:63:     from ... argument (spill) at ./fmt_printf_ints.go:33:12
./fmt_printf_ints.go:33:63:     from fmt.Printf("|%c|%c|%c|%c|%c|%5c|%-5c|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:33:12
./fmt_printf_ints.go:33:57: 'é' escapes to heap:
./fmt_printf_ints.go:33:57:   flow: {storage for ... argument} = &{storage for 'é'}:
./fmt_printf_ints.go:33:57:     from 'é' (spill) at ./fmt_printf_ints.go:33:57
./fmt_printf_ints.go:33:57:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:33:12
./fmt_printf_ints.go:33:57:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:33:57:     from ... argument (spill) at ./fmt_printf_ints.go:33:12
./fmt_printf_ints.go:33:57:     from fmt.Printf("|%c|%c|%c|%c|%c|%5c|%-5c|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:33:12
./fmt_printf_ints.go:33:48: 0x1F600 escapes to heap:
./fmt_printf_ints.go:33:48:   flow: {storage for ... argument} = &{storage for 0x1F600}:
./fmt_printf_ints.go:33:48:     from 0x1F600 (spill) at ./fmt_printf_ints.go:33:48
./fmt_printf_ints.go:33:48:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:33:12
./fmt_printf_ints.go:33:48:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:33:48:     from ... argument (spill) at ./fmt_printf_ints.go:33:12
./fmt_printf_ints.go:33:48:     from fmt.Printf("|%c|%c|%c|%c|%c|%5c|%-5c|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:33:12
./fmt_printf_ints.go:33:44: 65 escapes to heap:
./fmt_printf_ints.go:33:44:   flow: {storage for ... argument} = &{storage for 65}:
./fmt_printf_ints.go:33:44:     from 65 (spill) at ./fmt_printf_ints.go:33:44
./fmt_printf_ints.go:33:44:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:33:12
./fmt_printf_ints.go:33:44:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:33:44:     from ... argument (spill) at ./fmt_printf_ints.go:33:12
./fmt_printf_ints.go:33:44:     from fmt.Printf("|%c|%c|%c|%c|%c|%5c|%-5c|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:33:12
./fmt_printf_ints.go:32:51: 5 escapes to heap:
./fmt_printf_ints.go:32:51:   flow: {storage for ... argument} = &{storage for 5}:
./fmt_printf_ints.go:32:51:     from 5 (spill) at ./fmt_printf_ints.go:32:51
./fmt_printf_ints.go:32:51:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:32:12
./fmt_printf_ints.go:32:51:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:32:51:     from ... argument (spill) at ./fmt_printf_ints.go:32:12
./fmt_printf_ints.go:32:51:     from fmt.Printf("|%b|%#b|%b|%08b|%+b|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:32:12
./fmt_printf_ints.go:32:48: 5 escapes to heap:
./fmt_printf_ints.go:32:48:   flow: {storage for ... argument} = &{storage for 5}:
./fmt_printf_ints.go:32:48:     from 5 (spill) at ./fmt_printf_ints.go:32:48
./fmt_printf_ints.go:32:48:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:32:12
./fmt_printf_ints.go:32:48:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:32:48:     from ... argument (spill) at ./fmt_printf_ints.go:32:12
./fmt_printf_ints.go:32:48:     from fmt.Printf("|%b|%#b|%b|%08b|%+b|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:32:12
./fmt_printf_ints.go:32:42: m escapes to heap:
./fmt_printf_ints.go:32:42:   flow: {storage for ... argument} = &{storage for m}:
./fmt_printf_ints.go:32:42:     from m (spill) at ./fmt_printf_ints.go:32:42
./fmt_printf_ints.go:32:42:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:32:12
./fmt_printf_ints.go:32:42:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:32:42:     from ... argument (spill) at ./fmt_printf_ints.go:32:12
./fmt_printf_ints.go:32:42:     from fmt.Printf("|%b|%#b|%b|%08b|%+b|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:32:12
./fmt_printf_ints.go:32:42: 5 escapes to heap:
./fmt_printf_ints.go:32:42:   flow: {storage for ... argument} = &{storage for 5}:
./fmt_printf_ints.go:32:42:     from 5 (spill) at ./fmt_printf_ints.go:32:42
./fmt_printf_ints.go:32:42:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:32:12
./fmt_printf_ints.go:32:42:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:32:42:     from ... argument (spill) at ./fmt_printf_ints.go:32:12
./fmt_printf_ints.go:32:42:     from fmt.Printf("|%b|%#b|%b|%08b|%+b|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:32:12
./fmt_printf_ints.go:32:39: 5 escapes to heap:
./fmt_printf_ints.go:32:39:   flow: {storage for ... argument} = &{storage for 5}:
./fmt_printf_ints.go:32:39:     from 5 (spill) at ./fmt_printf_ints.go:32:39
./fmt_printf_ints.go:32:39:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:32:12
./fmt_printf_ints.go:32:39:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:32:39:     from ... argument (spill) at ./fmt_printf_ints.go:32:12
./fmt_printf_ints.go:32:39:     from fmt.Printf("|%b|%#b|%b|%08b|%+b|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:32:12
./fmt_printf_ints.go:31:56: 0 escapes to heap:
./fmt_printf_ints.go:31:56:   flow: {storage for ... argument} = &{storage for 0}:
./fmt_printf_ints.go:31:56:     from 0 (spill) at ./fmt_printf_ints.go:31:56
./fmt_printf_ints.go:31:56:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:31:12
./fmt_printf_ints.go:31:56:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:31:56:     from ... argument (spill) at ./fmt_printf_ints.go:31:12
./fmt_printf_ints.go:31:56:     from fmt.Printf("|%o|%#o|%O|%#O|%o|%#o|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:31:12
./fmt_printf_ints.go:31:50: m escapes to heap:
./fmt_printf_ints.go:31:50:   flow: {storage for ... argument} = &{storage for m}:
./fmt_printf_ints.go:31:50:     from m (spill) at ./fmt_printf_ints.go:31:50
./fmt_printf_ints.go:31:50:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:31:12
./fmt_printf_ints.go:31:50:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:31:50:     from ... argument (spill) at ./fmt_printf_ints.go:31:12
./fmt_printf_ints.go:31:50:     from fmt.Printf("|%o|%#o|%O|%#O|%o|%#o|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:31:12
./fmt_printf_ints.go:31:50: 8 escapes to heap:
./fmt_printf_ints.go:31:50:   flow: {storage for ... argument} = &{storage for 8}:
./fmt_printf_ints.go:31:50:     from 8 (spill) at ./fmt_printf_ints.go:31:50
./fmt_printf_ints.go:31:50:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:31:12
./fmt_printf_ints.go:31:50:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:31:50:     from ... argument (spill) at ./fmt_printf_ints.go:31:12
./fmt_printf_ints.go:31:50:     from fmt.Printf("|%o|%#o|%O|%#O|%o|%#o|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:31:12
./fmt_printf_ints.go:31:47: 8 escapes to heap:
./fmt_printf_ints.go:31:47:   flow: {storage for ... argument} = &{storage for 8}:
./fmt_printf_ints.go:31:47:     from 8 (spill) at ./fmt_printf_ints.go:31:47
./fmt_printf_ints.go:31:47:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:31:12
./fmt_printf_ints.go:31:47:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:31:47:     from ... argument (spill) at ./fmt_printf_ints.go:31:12
./fmt_printf_ints.go:31:47:     from fmt.Printf("|%o|%#o|%O|%#O|%o|%#o|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:31:12
./fmt_printf_ints.go:31:44: 8 escapes to heap:
./fmt_printf_ints.go:31:44:   flow: {storage for ... argument} = &{storage for 8}:
./fmt_printf_ints.go:31:44:     from 8 (spill) at ./fmt_printf_ints.go:31:44
./fmt_printf_ints.go:31:44:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:31:12
./fmt_printf_ints.go:31:44:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:31:44:     from ... argument (spill) at ./fmt_printf_ints.go:31:12
./fmt_printf_ints.go:31:44:     from fmt.Printf("|%o|%#o|%O|%#O|%o|%#o|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:31:12
./fmt_printf_ints.go:31:41: 8 escapes to heap:
./fmt_printf_ints.go:31:41:   flow: {storage for ... argument} = &{storage for 8}:
./fmt_printf_ints.go:31:41:     from 8 (spill) at ./fmt_printf_ints.go:31:41
./fmt_printf_ints.go:31:41:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:31:12
./fmt_printf_ints.go:31:41:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:31:41:     from ... argument (spill) at ./fmt_printf_ints.go:31:12
./fmt_printf_ints.go:31:41:     from fmt.Printf("|%o|%#o|%O|%#O|%o|%#o|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:31:12
./fmt_printf_ints.go:30:13: i64 escapes to heap:
./fmt_printf_ints.go:30:13:   flow: {storage for ... argument} = &{storage for i64}:
./fmt_printf_ints.go:30:13:     from i64 (spill) at ./fmt_printf_ints.go:30:13
./fmt_printf_ints.go:30:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:30:12
./fmt_printf_ints.go:30:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:30:13:     from ... argument (spill) at ./fmt_printf_ints.go:30:12
./fmt_printf_ints.go:30:13:     from fmt.Printf("|%x|%X|%#x|%x|%X|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:30:12
./fmt_printf_ints.go:30:13: u64 escapes to heap:
./fmt_printf_ints.go:30:13:   flow: {storage for ... argument} = &{storage for u64}:
./fmt_printf_ints.go:30:13:     from u64 (spill) at ./fmt_printf_ints.go:30:13
./fmt_printf_ints.go:30:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:30:12
./fmt_printf_ints.go:30:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:30:13:     from ... argument (spill) at ./fmt_printf_ints.go:30:12
./fmt_printf_ints.go:30:13:     from fmt.Printf("|%x|%X|%#x|%x|%X|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:30:12
./fmt_printf_ints.go:30:13: m escapes to heap:
./fmt_printf_ints.go:30:13:   flow: {storage for ... argument} = &{storage for m}:
./fmt_printf_ints.go:30:13:     from m (spill) at ./fmt_printf_ints.go:30:13
./fmt_printf_ints.go:30:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:30:12
./fmt_printf_ints.go:30:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:30:13:     from ... argument (spill) at ./fmt_printf_ints.go:30:12
./fmt_printf_ints.go:30:13:     from fmt.Printf("|%x|%X|%#x|%x|%X|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:30:12
./fmt_printf_ints.go:30:13: m escapes to heap:
./fmt_printf_ints.go:30:13:   flow: {storage for ... argument} = &{storage for m}:
./fmt_printf_ints.go:30:13:     from m (spill) at ./fmt_printf_ints.go:30:13
./fmt_printf_ints.go:30:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:30:12
./fmt_printf_ints.go:30:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:30:13:     from ... argument (spill) at ./fmt_printf_ints.go:30:12
./fmt_printf_ints.go:30:13:     from fmt.Printf("|%x|%X|%#x|%x|%X|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:30:12
./fmt_printf_ints.go:30:13: m escapes to heap:
./fmt_printf_ints.go:30:13:   flow: {storage for ... argument} = &{storage for m}:
./fmt_printf_ints.go:30:13:     from m (spill) at ./fmt_printf_ints.go:30:13
./fmt_printf_ints.go:30:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:30:12
./fmt_printf_ints.go:30:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:30:13:     from ... argument (spill) at ./fmt_printf_ints.go:30:12
./fmt_printf_ints.go:30:13:     from fmt.Printf("|%x|%X|%#x|%x|%X|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:30:12
./fmt_printf_ints.go:29:81: 255 escapes to heap:
./fmt_printf_ints.go:29:81:   flow: {storage for ... argument} = &{storage for 255}:
./fmt_printf_ints.go:29:81:     from 255 (spill) at ./fmt_printf_ints.go:29:81
./fmt_printf_ints.go:29:81:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:29:12
./fmt_printf_ints.go:29:81:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:29:81:     from ... argument (spill) at ./fmt_printf_ints.go:29:12
./fmt_printf_ints.go:29:81:     from fmt.Printf("|%x|%X|%#x|%#X|%08x|%#08x|%-#8x|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:29:12
./fmt_printf_ints.go:29:76: 255 escapes to heap:
./fmt_printf_ints.go:29:76:   flow: {storage for ... argument} = &{storage for 255}:
./fmt_printf_ints.go:29:76:     from 255 (spill) at ./fmt_printf_ints.go:29:76
./fmt_printf_ints.go:29:76:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:29:12
./fmt_printf_ints.go:29:76:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:29:76:     from ... argument (spill) at ./fmt_printf_ints.go:29:12
./fmt_printf_ints.go:29:76:     from fmt.Printf("|%x|%X|%#x|%#X|%08x|%#08x|%-#8x|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:29:12
./fmt_printf_ints.go:29:71: 255 escapes to heap:
./fmt_printf_ints.go:29:71:   flow: {storage for ... argument} = &{storage for 255}:
./fmt_printf_ints.go:29:71:     from 255 (spill) at ./fmt_printf_ints.go:29:71
./fmt_printf_ints.go:29:71:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:29:12
./fmt_printf_ints.go:29:71:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:29:71:     from ... argument (spill) at ./fmt_printf_ints.go:29:12
./fmt_printf_ints.go:29:71:     from fmt.Printf("|%x|%X|%#x|%#X|%08x|%#08x|%-#8x|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:29:12
./fmt_printf_ints.go:29:66: 255 escapes to heap:
./fmt_printf_ints.go:29:66:   flow: {storage for ... argument} = &{storage for 255}:
./fmt_printf_ints.go:29:66:     from 255 (spill) at ./fmt_printf_ints.go:29:66
./fmt_printf_ints.go:29:66:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:29:12
./fmt_printf_ints.go:29:66:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:29:66:     from ... argument (spill) at ./fmt_printf_ints.go:29:12
./fmt_printf_ints.go:29:66:     from fmt.Printf("|%x|%X|%#x|%#X|%08x|%#08x|%-#8x|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:29:12
./fmt_printf_ints.go:29:61: 255 escapes to heap:
./fmt_printf_ints.go:29:61:   flow: {storage for ... argument} = &{storage for 255}:
./fmt_printf_ints.go:29:61:     from 255 (spill) at ./fmt_printf_ints.go:29:61
./fmt_printf_ints.go:29:61:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:29:12
./fmt_printf_ints.go:29:61:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:29:61:     from ... argument (spill) at ./fmt_printf_ints.go:29:12
./fmt_printf_ints.go:29:61:     from fmt.Printf("|%x|%X|%#x|%#X|%08x|%#08x|%-#8x|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:29:12
./fmt_printf_ints.go:29:56: 255 escapes to heap:
./fmt_printf_ints.go:29:56:   flow: {storage for ... argument} = &{storage for 255}:
./fmt_printf_ints.go:29:56:     from 255 (spill) at ./fmt_printf_ints.go:29:56
./fmt_printf_ints.go:29:56:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:29:12
./fmt_printf_ints.go:29:56:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:29:56:     from ... argument (spill) at ./fmt_printf_ints.go:29:12
./fmt_printf_ints.go:29:56:     from fmt.Printf("|%x|%X|%#x|%#X|%08x|%#08x|%-#8x|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:29:12
./fmt_printf_ints.go:29:51: 255 escapes to heap:
./fmt_printf_ints.go:29:51:   flow: {storage for ... argument} = &{storage for 255}:
./fmt_printf_ints.go:29:51:     from 255 (spill) at ./fmt_printf_ints.go:29:51
./fmt_printf_ints.go:29:51:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:29:12
./fmt_printf_ints.go:29:51:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:29:51:     from ... argument (spill) at ./fmt_printf_ints.go:29:12
./fmt_printf_ints.go:29:51:     from fmt.Printf("|%x|%X|%#x|%#X|%08x|%#08x|%-#8x|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:29:12
./fmt_printf_ints.go:28:13: m escapes to heap:
./fmt_printf_ints.go:28:13:   flow: {storage for ... argument} = &{storage for m}:
./fmt_printf_ints.go:28:13:     from m (spill) at ./fmt_printf_ints.go:28:13
./fmt_printf_ints.go:28:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:28:12
./fmt_printf_ints.go:28:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:28:13:     from ... argument (spill) at ./fmt_printf_ints.go:28:12
./fmt_printf_ints.go:28:13:     from fmt.Printf("|%.3d|%.0d|%5.0d|%-5.0d|%08.3d|%.3d|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:28:12
./fmt_printf_ints.go:28:13: n escapes to heap:
./fmt_printf_ints.go:28:13:   flow: {storage for ... argument} = &{storage for n}:
./fmt_printf_ints.go:28:13:     from n (spill) at ./fmt_printf_ints.go:28:13
./fmt_printf_ints.go:28:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:28:12
./fmt_printf_ints.go:28:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:28:13:     from ... argument (spill) at ./fmt_printf_ints.go:28:12
./fmt_printf_ints.go:28:13:     from fmt.Printf("|%.3d|%.0d|%5.0d|%-5.0d|%08.3d|%.3d|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:28:12
./fmt_printf_ints.go:28:13: z escapes to heap:
./fmt_printf_ints.go:28:13:   flow: {storage for ... argument} = &{storage for z}:
./fmt_printf_ints.go:28:13:     from z (spill) at ./fmt_printf_ints.go:28:13
./fmt_printf_ints.go:28:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:28:12
./fmt_printf_ints.go:28:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:28:13:     from ... argument (spill) at ./fmt_printf_ints.go:28:12
./fmt_printf_ints.go:28:13:     from fmt.Printf("|%.3d|%.0d|%5.0d|%-5.0d|%08.3d|%.3d|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:28:12
./fmt_printf_ints.go:28:13: z escapes to heap:
./fmt_printf_ints.go:28:13:   flow: {storage for ... argument} = &{storage for z}:
./fmt_printf_ints.go:28:13:     from z (spill) at ./fmt_printf_ints.go:28:13
./fmt_printf_ints.go:28:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:28:12
./fmt_printf_ints.go:28:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:28:13:     from ... argument (spill) at ./fmt_printf_ints.go:28:12
./fmt_printf_ints.go:28:13:     from fmt.Printf("|%.3d|%.0d|%5.0d|%-5.0d|%08.3d|%.3d|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:28:12
./fmt_printf_ints.go:28:13: z escapes to heap:
./fmt_printf_ints.go:28:13:   flow: {storage for ... argument} = &{storage for z}:
./fmt_printf_ints.go:28:13:     from z (spill) at ./fmt_printf_ints.go:28:13
./fmt_printf_ints.go:28:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:28:12
./fmt_printf_ints.go:28:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:28:13:     from ... argument (spill) at ./fmt_printf_ints.go:28:12
./fmt_printf_ints.go:28:13:     from fmt.Printf("|%.3d|%.0d|%5.0d|%-5.0d|%08.3d|%.3d|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:28:12
./fmt_printf_ints.go:28:13: n escapes to heap:
./fmt_printf_ints.go:28:13:   flow: {storage for ... argument} = &{storage for n}:
./fmt_printf_ints.go:28:13:     from n (spill) at ./fmt_printf_ints.go:28:13
./fmt_printf_ints.go:28:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:28:12
./fmt_printf_ints.go:28:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:28:13:     from ... argument (spill) at ./fmt_printf_ints.go:28:12
./fmt_printf_ints.go:28:13:     from fmt.Printf("|%.3d|%.0d|%5.0d|%-5.0d|%08.3d|%.3d|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:28:12
./fmt_printf_ints.go:27:13: m escapes to heap:
./fmt_printf_ints.go:27:13:   flow: {storage for ... argument} = &{storage for m}:
./fmt_printf_ints.go:27:13:     from m (spill) at ./fmt_printf_ints.go:27:13
./fmt_printf_ints.go:27:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:27:12
./fmt_printf_ints.go:27:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:27:13:     from ... argument (spill) at ./fmt_printf_ints.go:27:12
./fmt_printf_ints.go:27:13:     from fmt.Printf("|%5d|%-5d|%05d|%+d|% d|%+05d|% 05d|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:27:12
./fmt_printf_ints.go:27:13: m escapes to heap:
./fmt_printf_ints.go:27:13:   flow: {storage for ... argument} = &{storage for m}:
./fmt_printf_ints.go:27:13:     from m (spill) at ./fmt_printf_ints.go:27:13
./fmt_printf_ints.go:27:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:27:12
./fmt_printf_ints.go:27:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:27:13:     from ... argument (spill) at ./fmt_printf_ints.go:27:12
./fmt_printf_ints.go:27:13:     from fmt.Printf("|%5d|%-5d|%05d|%+d|% d|%+05d|% 05d|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:27:12
./fmt_printf_ints.go:27:13: m escapes to heap:
./fmt_printf_ints.go:27:13:   flow: {storage for ... argument} = &{storage for m}:
./fmt_printf_ints.go:27:13:     from m (spill) at ./fmt_printf_ints.go:27:13
./fmt_printf_ints.go:27:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:27:12
./fmt_printf_ints.go:27:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:27:13:     from ... argument (spill) at ./fmt_printf_ints.go:27:12
./fmt_printf_ints.go:27:13:     from fmt.Printf("|%5d|%-5d|%05d|%+d|% d|%+05d|% 05d|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:27:12
./fmt_printf_ints.go:27:13: m escapes to heap:
./fmt_printf_ints.go:27:13:   flow: {storage for ... argument} = &{storage for m}:
./fmt_printf_ints.go:27:13:     from m (spill) at ./fmt_printf_ints.go:27:13
./fmt_printf_ints.go:27:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:27:12
./fmt_printf_ints.go:27:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:27:13:     from ... argument (spill) at ./fmt_printf_ints.go:27:12
./fmt_printf_ints.go:27:13:     from fmt.Printf("|%5d|%-5d|%05d|%+d|% d|%+05d|% 05d|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:27:12
./fmt_printf_ints.go:27:13: m escapes to heap:
./fmt_printf_ints.go:27:13:   flow: {storage for ... argument} = &{storage for m}:
./fmt_printf_ints.go:27:13:     from m (spill) at ./fmt_printf_ints.go:27:13
./fmt_printf_ints.go:27:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:27:12
./fmt_printf_ints.go:27:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:27:13:     from ... argument (spill) at ./fmt_printf_ints.go:27:12
./fmt_printf_ints.go:27:13:     from fmt.Printf("|%5d|%-5d|%05d|%+d|% d|%+05d|% 05d|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:27:12
./fmt_printf_ints.go:27:13: m escapes to heap:
./fmt_printf_ints.go:27:13:   flow: {storage for ... argument} = &{storage for m}:
./fmt_printf_ints.go:27:13:     from m (spill) at ./fmt_printf_ints.go:27:13
./fmt_printf_ints.go:27:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:27:12
./fmt_printf_ints.go:27:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:27:13:     from ... argument (spill) at ./fmt_printf_ints.go:27:12
./fmt_printf_ints.go:27:13:     from fmt.Printf("|%5d|%-5d|%05d|%+d|% d|%+05d|% 05d|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:27:12
./fmt_printf_ints.go:27:13: m escapes to heap:
./fmt_printf_ints.go:27:13:   flow: {storage for ... argument} = &{storage for m}:
./fmt_printf_ints.go:27:13:     from m (spill) at ./fmt_printf_ints.go:27:13
./fmt_printf_ints.go:27:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:27:12
./fmt_printf_ints.go:27:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:27:13:     from ... argument (spill) at ./fmt_printf_ints.go:27:12
./fmt_printf_ints.go:27:13:     from fmt.Printf("|%5d|%-5d|%05d|%+d|% d|%+05d|% 05d|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:27:12
./fmt_printf_ints.go:26:13: n escapes to heap:
./fmt_printf_ints.go:26:13:   flow: {storage for ... argument} = &{storage for n}:
./fmt_printf_ints.go:26:13:     from n (spill) at ./fmt_printf_ints.go:26:13
./fmt_printf_ints.go:26:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:26:12
./fmt_printf_ints.go:26:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:26:13:     from ... argument (spill) at ./fmt_printf_ints.go:26:12
./fmt_printf_ints.go:26:13:     from fmt.Printf("|%5d|%-5d|%05d|%+d|% d|%+05d|% 05d|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:26:12
./fmt_printf_ints.go:26:13: n escapes to heap:
./fmt_printf_ints.go:26:13:   flow: {storage for ... argument} = &{storage for n}:
./fmt_printf_ints.go:26:13:     from n (spill) at ./fmt_printf_ints.go:26:13
./fmt_printf_ints.go:26:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:26:12
./fmt_printf_ints.go:26:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:26:13:     from ... argument (spill) at ./fmt_printf_ints.go:26:12
./fmt_printf_ints.go:26:13:     from fmt.Printf("|%5d|%-5d|%05d|%+d|% d|%+05d|% 05d|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:26:12
./fmt_printf_ints.go:26:13: n escapes to heap:
./fmt_printf_ints.go:26:13:   flow: {storage for ... argument} = &{storage for n}:
./fmt_printf_ints.go:26:13:     from n (spill) at ./fmt_printf_ints.go:26:13
./fmt_printf_ints.go:26:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:26:12
./fmt_printf_ints.go:26:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:26:13:     from ... argument (spill) at ./fmt_printf_ints.go:26:12
./fmt_printf_ints.go:26:13:     from fmt.Printf("|%5d|%-5d|%05d|%+d|% d|%+05d|% 05d|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:26:12
./fmt_printf_ints.go:26:13: n escapes to heap:
./fmt_printf_ints.go:26:13:   flow: {storage for ... argument} = &{storage for n}:
./fmt_printf_ints.go:26:13:     from n (spill) at ./fmt_printf_ints.go:26:13
./fmt_printf_ints.go:26:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:26:12
./fmt_printf_ints.go:26:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:26:13:     from ... argument (spill) at ./fmt_printf_ints.go:26:12
./fmt_printf_ints.go:26:13:     from fmt.Printf("|%5d|%-5d|%05d|%+d|% d|%+05d|% 05d|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:26:12
./fmt_printf_ints.go:26:13: n escapes to heap:
./fmt_printf_ints.go:26:13:   flow: {storage for ... argument} = &{storage for n}:
./fmt_printf_ints.go:26:13:     from n (spill) at ./fmt_printf_ints.go:26:13
./fmt_printf_ints.go:26:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:26:12
./fmt_printf_ints.go:26:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:26:13:     from ... argument (spill) at ./fmt_printf_ints.go:26:12
./fmt_printf_ints.go:26:13:     from fmt.Printf("|%5d|%-5d|%05d|%+d|% d|%+05d|% 05d|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:26:12
./fmt_printf_ints.go:26:13: n escapes to heap:
./fmt_printf_ints.go:26:13:   flow: {storage for ... argument} = &{storage for n}:
./fmt_printf_ints.go:26:13:     from n (spill) at ./fmt_printf_ints.go:26:13
./fmt_printf_ints.go:26:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:26:12
./fmt_printf_ints.go:26:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:26:13:     from ... argument (spill) at ./fmt_printf_ints.go:26:12
./fmt_printf_ints.go:26:13:     from fmt.Printf("|%5d|%-5d|%05d|%+d|% d|%+05d|% 05d|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:26:12
./fmt_printf_ints.go:26:13: n escapes to heap:
./fmt_printf_ints.go:26:13:   flow: {storage for ... argument} = &{storage for n}:
./fmt_printf_ints.go:26:13:     from n (spill) at ./fmt_printf_ints.go:26:13
./fmt_printf_ints.go:26:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:26:12
./fmt_printf_ints.go:26:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:26:13:     from ... argument (spill) at ./fmt_printf_ints.go:26:12
./fmt_printf_ints.go:26:13:     from fmt.Printf("|%5d|%-5d|%05d|%+d|% d|%+05d|% 05d|\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:26:12
./fmt_printf_ints.go:25:52: up escapes to heap:
./fmt_printf_ints.go:25:52:   flow: {storage for ... argument} = &{storage for up}:
./fmt_printf_ints.go:25:52:     from up (spill) at ./fmt_printf_ints.go:25:52
./fmt_printf_ints.go:25:52:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:25:12
./fmt_printf_ints.go:25:52:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:25:52:     from ... argument (spill) at ./fmt_printf_ints.go:25:12
./fmt_printf_ints.go:25:52:     from fmt.Printf("%#v %#v %#v %#v %#v\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:25:12
./fmt_printf_ints.go:25:52: Code(7) escapes to heap:
./fmt_printf_ints.go:25:52:   flow: {storage for ... argument} = &{storage for Code(7)}:
./fmt_printf_ints.go:25:52:     from Code(7) (spill) at ./fmt_printf_ints.go:25:52
./fmt_printf_ints.go:25:52:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:25:12
./fmt_printf_ints.go:25:52:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:25:52:     from ... argument (spill) at ./fmt_printf_ints.go:25:12
./fmt_printf_ints.go:25:52:     from fmt.Printf("%#v %#v %#v %#v %#v\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:25:12
./fmt_printf_ints.go:25:13: u8 escapes to heap:
./fmt_printf_ints.go:25:13:   flow: {storage for ... argument} = &{storage for u8}:
./fmt_printf_ints.go:25:13:     from u8 (spill) at ./fmt_printf_ints.go:25:13
./fmt_printf_ints.go:25:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:25:12
./fmt_printf_ints.go:25:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:25:13:     from ... argument (spill) at ./fmt_printf_ints.go:25:12
./fmt_printf_ints.go:25:13:     from fmt.Printf("%#v %#v %#v %#v %#v\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:25:12
./fmt_printf_ints.go:25:13: m escapes to heap:
./fmt_printf_ints.go:25:13:   flow: {storage for ... argument} = &{storage for m}:
./fmt_printf_ints.go:25:13:     from m (spill) at ./fmt_printf_ints.go:25:13
./fmt_printf_ints.go:25:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:25:12
./fmt_printf_ints.go:25:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:25:13:     from ... argument (spill) at ./fmt_printf_ints.go:25:12
./fmt_printf_ints.go:25:13:     from fmt.Printf("%#v %#v %#v %#v %#v\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:25:12
./fmt_printf_ints.go:25:13: n escapes to heap:
./fmt_printf_ints.go:25:13:   flow: {storage for ... argument} = &{storage for n}:
./fmt_printf_ints.go:25:13:     from n (spill) at ./fmt_printf_ints.go:25:13
./fmt_printf_ints.go:25:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:25:12
./fmt_printf_ints.go:25:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:25:13:     from ... argument (spill) at ./fmt_printf_ints.go:25:12
./fmt_printf_ints.go:25:13:     from fmt.Printf("%#v %#v %#v %#v %#v\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:25:12
./fmt_printf_ints.go:24:54: Code(7) escapes to heap:
./fmt_printf_ints.go:24:54:   flow: {storage for ... argument} = &{storage for Code(7)}:
./fmt_printf_ints.go:24:54:     from Code(7) (spill) at ./fmt_printf_ints.go:24:54
./fmt_printf_ints.go:24:54:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:24:12
./fmt_printf_ints.go:24:54:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:24:54:     from ... argument (spill) at ./fmt_printf_ints.go:24:12
./fmt_printf_ints.go:24:54:     from fmt.Printf("%v %v %v %v\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:24:12
./fmt_printf_ints.go:24:44: Small(-3) escapes to heap:
./fmt_printf_ints.go:24:44:   flow: {storage for ... argument} = &{storage for Small(-3)}:
./fmt_printf_ints.go:24:44:     from Small(-3) (spill) at ./fmt_printf_ints.go:24:44
./fmt_printf_ints.go:24:44:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:24:12
./fmt_printf_ints.go:24:44:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:24:44:     from ... argument (spill) at ./fmt_printf_ints.go:24:12
./fmt_printf_ints.go:24:44:     from fmt.Printf("%v %v %v %v\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:24:12
./fmt_printf_ints.go:24:13: u64 escapes to heap:
./fmt_printf_ints.go:24:13:   flow: {storage for ... argument} = &{storage for u64}:
./fmt_printf_ints.go:24:13:     from u64 (spill) at ./fmt_printf_ints.go:24:13
./fmt_printf_ints.go:24:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:24:12
./fmt_printf_ints.go:24:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:24:13:     from ... argument (spill) at ./fmt_printf_ints.go:24:12
./fmt_printf_ints.go:24:13:     from fmt.Printf("%v %v %v %v\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:24:12
./fmt_printf_ints.go:24:13: i8 escapes to heap:
./fmt_printf_ints.go:24:13:   flow: {storage for ... argument} = &{storage for i8}:
./fmt_printf_ints.go:24:13:     from i8 (spill) at ./fmt_printf_ints.go:24:13
./fmt_printf_ints.go:24:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:24:12
./fmt_printf_ints.go:24:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:24:13:     from ... argument (spill) at ./fmt_printf_ints.go:24:12
./fmt_printf_ints.go:24:13:     from fmt.Printf("%v %v %v %v\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:24:12
./fmt_printf_ints.go:23:13: up escapes to heap:
./fmt_printf_ints.go:23:13:   flow: {storage for ... argument} = &{storage for up}:
./fmt_printf_ints.go:23:13:     from up (spill) at ./fmt_printf_ints.go:23:13
./fmt_printf_ints.go:23:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:23:12
./fmt_printf_ints.go:23:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:23:13:     from ... argument (spill) at ./fmt_printf_ints.go:23:12
./fmt_printf_ints.go:23:13:     from fmt.Printf("%d %d %d %d %d\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:23:12
./fmt_printf_ints.go:23:13: u64 escapes to heap:
./fmt_printf_ints.go:23:13:   flow: {storage for ... argument} = &{storage for u64}:
./fmt_printf_ints.go:23:13:     from u64 (spill) at ./fmt_printf_ints.go:23:13
./fmt_printf_ints.go:23:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:23:12
./fmt_printf_ints.go:23:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:23:13:     from ... argument (spill) at ./fmt_printf_ints.go:23:12
./fmt_printf_ints.go:23:13:     from fmt.Printf("%d %d %d %d %d\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:23:12
./fmt_printf_ints.go:23:13: u32 escapes to heap:
./fmt_printf_ints.go:23:13:   flow: {storage for ... argument} = &{storage for u32}:
./fmt_printf_ints.go:23:13:     from u32 (spill) at ./fmt_printf_ints.go:23:13
./fmt_printf_ints.go:23:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:23:12
./fmt_printf_ints.go:23:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:23:13:     from ... argument (spill) at ./fmt_printf_ints.go:23:12
./fmt_printf_ints.go:23:13:     from fmt.Printf("%d %d %d %d %d\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:23:12
./fmt_printf_ints.go:23:13: u16 escapes to heap:
./fmt_printf_ints.go:23:13:   flow: {storage for ... argument} = &{storage for u16}:
./fmt_printf_ints.go:23:13:     from u16 (spill) at ./fmt_printf_ints.go:23:13
./fmt_printf_ints.go:23:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:23:12
./fmt_printf_ints.go:23:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:23:13:     from ... argument (spill) at ./fmt_printf_ints.go:23:12
./fmt_printf_ints.go:23:13:     from fmt.Printf("%d %d %d %d %d\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:23:12
./fmt_printf_ints.go:23:13: u8 escapes to heap:
./fmt_printf_ints.go:23:13:   flow: {storage for ... argument} = &{storage for u8}:
./fmt_printf_ints.go:23:13:     from u8 (spill) at ./fmt_printf_ints.go:23:13
./fmt_printf_ints.go:23:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:23:12
./fmt_printf_ints.go:23:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:23:13:     from ... argument (spill) at ./fmt_printf_ints.go:23:12
./fmt_printf_ints.go:23:13:     from fmt.Printf("%d %d %d %d %d\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:23:12
./fmt_printf_ints.go:22:13: n escapes to heap:
./fmt_printf_ints.go:22:13:   flow: {storage for ... argument} = &{storage for n}:
./fmt_printf_ints.go:22:13:     from n (spill) at ./fmt_printf_ints.go:22:13
./fmt_printf_ints.go:22:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:22:12
./fmt_printf_ints.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:22:13:     from ... argument (spill) at ./fmt_printf_ints.go:22:12
./fmt_printf_ints.go:22:13:     from fmt.Printf("%d %d %d %d %d\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:22:12
./fmt_printf_ints.go:22:13: i64 escapes to heap:
./fmt_printf_ints.go:22:13:   flow: {storage for ... argument} = &{storage for i64}:
./fmt_printf_ints.go:22:13:     from i64 (spill) at ./fmt_printf_ints.go:22:13
./fmt_printf_ints.go:22:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:22:12
./fmt_printf_ints.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:22:13:     from ... argument (spill) at ./fmt_printf_ints.go:22:12
./fmt_printf_ints.go:22:13:     from fmt.Printf("%d %d %d %d %d\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:22:12
./fmt_printf_ints.go:22:13: i32 escapes to heap:
./fmt_printf_ints.go:22:13:   flow: {storage for ... argument} = &{storage for i32}:
./fmt_printf_ints.go:22:13:     from i32 (spill) at ./fmt_printf_ints.go:22:13
./fmt_printf_ints.go:22:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:22:12
./fmt_printf_ints.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:22:13:     from ... argument (spill) at ./fmt_printf_ints.go:22:12
./fmt_printf_ints.go:22:13:     from fmt.Printf("%d %d %d %d %d\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:22:12
./fmt_printf_ints.go:22:13: i16 escapes to heap:
./fmt_printf_ints.go:22:13:   flow: {storage for ... argument} = &{storage for i16}:
./fmt_printf_ints.go:22:13:     from i16 (spill) at ./fmt_printf_ints.go:22:13
./fmt_printf_ints.go:22:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:22:12
./fmt_printf_ints.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:22:13:     from ... argument (spill) at ./fmt_printf_ints.go:22:12
./fmt_printf_ints.go:22:13:     from fmt.Printf("%d %d %d %d %d\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:22:12
./fmt_printf_ints.go:22:13: i8 escapes to heap:
./fmt_printf_ints.go:22:13:   flow: {storage for ... argument} = &{storage for i8}:
./fmt_printf_ints.go:22:13:     from i8 (spill) at ./fmt_printf_ints.go:22:13
./fmt_printf_ints.go:22:13:     from ... argument (slice-literal-element) at ./fmt_printf_ints.go:22:12
./fmt_printf_ints.go:22:13:   flow: {heap} = {storage for ... argument}:
./fmt_printf_ints.go:22:13:     from ... argument (spill) at ./fmt_printf_ints.go:22:12
./fmt_printf_ints.go:22:13:     from fmt.Printf("%d %d %d %d %d\n", ... argument...) (call parameter) at ./fmt_printf_ints.go:22:12
./fmt_printf_ints.go:42:75: []rune{...} escapes to heap:
./fmt_printf_ints.go:42:75:   flow: {storage for []rune{...}} = &{storage for []rune{...}}:
./fmt_printf_ints.go:42:75:     from []rune{...} (spill) at ./fmt_printf_ints.go:42:75
./fmt_printf_ints.go:42:75:     from []rune{...} (interface-converted) at ./fmt_printf_ints.go:42:75
./fmt_printf_ints.go:42:54: []int32{...} escapes to heap:
./fmt_printf_ints.go:42:54:   flow: {storage for []int32{...}} = &{storage for []int32{...}}:
./fmt_printf_ints.go:42:54:     from []int32{...} (spill) at ./fmt_printf_ints.go:42:54
./fmt_printf_ints.go:42:54:     from []int32{...} (interface-converted) at ./fmt_printf_ints.go:42:54
./fmt_printf_ints.go:42:35: []rune{...} escapes to heap:
./fmt_printf_ints.go:42:35:   flow: {storage for []rune{...}} = &{storage for []rune{...}}:
./fmt_printf_ints.go:42:35:     from []rune{...} (spill) at ./fmt_printf_ints.go:42:35
./fmt_printf_ints.go:42:35:     from []rune{...} (interface-converted) at ./fmt_printf_ints.go:42:35
./fmt_printf_ints.go:41:70: []int{...} escapes to heap:
./fmt_printf_ints.go:41:70:   flow: {storage for []int{...}} = &{storage for []int{...}}:
./fmt_printf_ints.go:41:70:     from []int{...} (spill) at ./fmt_printf_ints.go:41:70
./fmt_printf_ints.go:41:70:     from []int{...} (interface-converted) at ./fmt_printf_ints.go:41:70
./fmt_printf_ints.go:41:35: []int{...} escapes to heap:
./fmt_printf_ints.go:41:35:   flow: {storage for []int{...}} = &{storage for []int{...}}:
./fmt_printf_ints.go:41:35:     from []int{...} (spill) at ./fmt_printf_ints.go:41:35
./fmt_printf_ints.go:41:35:     from []int{...} (interface-converted) at ./fmt_printf_ints.go:41:35
./fmt_printf_ints.go:40:69: []int16{...} escapes to heap:
./fmt_printf_ints.go:40:69:   flow: {storage for []int16{...}} = &{storage for []int16{...}}:
./fmt_printf_ints.go:40:69:     from []int16{...} (spill) at ./fmt_printf_ints.go:40:69
./fmt_printf_ints.go:40:69:     from []int16{...} (interface-converted) at ./fmt_printf_ints.go:40:69
./fmt_printf_ints.go:40:39: []int{...} escapes to heap:
./fmt_printf_ints.go:40:39:   flow: {storage for []int{...}} = &{storage for []int{...}}:
./fmt_printf_ints.go:40:39:     from []int{...} (spill) at ./fmt_printf_ints.go:40:39
./fmt_printf_ints.go:40:39:     from []int{...} (interface-converted) at ./fmt_printf_ints.go:40:39
./fmt_printf_ints.go:39:71: []int{...} escapes to heap:
./fmt_printf_ints.go:39:71:   flow: {storage for []int{...}} = &{storage for []int{...}}:
./fmt_printf_ints.go:39:71:     from []int{...} (spill) at ./fmt_printf_ints.go:39:71
./fmt_printf_ints.go:39:71:     from []int{...} (interface-converted) at ./fmt_printf_ints.go:39:71
./fmt_printf_ints.go:39:55: []uint8{...} escapes to heap:
./fmt_printf_ints.go:39:55:   flow: {storage for []uint8{...}} = &{storage for []uint8{...}}:
./fmt_printf_ints.go:39:55:     from []uint8{...} (spill) at ./fmt_printf_ints.go:39:55
./fmt_printf_ints.go:39:55:     from []uint8{...} (interface-converted) at ./fmt_printf_ints.go:39:55
./fmt_printf_ints.go:39:34: []int{...} escapes to heap:
./fmt_printf_ints.go:39:34:   flow: {storage for []int{...}} = &{storage for []int{...}}:
./fmt_printf_ints.go:39:34:     from []int{...} (spill) at ./fmt_printf_ints.go:39:34
./fmt_printf_ints.go:39:34:     from []int{...} (interface-converted) at ./fmt_printf_ints.go:39:34
./fmt_printf_ints.go:22:12: ... argument does not escape
./fmt_printf_ints.go:22:13: i8 escapes to heap
./fmt_printf_ints.go:22:13: i16 escapes to heap
./fmt_printf_ints.go:22:13: i32 escapes to heap
./fmt_printf_ints.go:22:13: i64 escapes to heap
./fmt_printf_ints.go:22:13: n escapes to heap
./fmt_printf_ints.go:23:12: ... argument does not escape
./fmt_printf_ints.go:23:13: u8 escapes to heap
./fmt_printf_ints.go:23:13: u16 escapes to heap
./fmt_printf_ints.go:23:13: u32 escapes to heap
./fmt_printf_ints.go:23:13: u64 escapes to heap
./fmt_printf_ints.go:23:13: up escapes to heap
./fmt_printf_ints.go:24:12: ... argument does not escape
./fmt_printf_ints.go:24:13: i8 escapes to heap
./fmt_printf_ints.go:24:13: u64 escapes to heap
./fmt_printf_ints.go:24:44: Small(-3) escapes to heap
./fmt_printf_ints.go:24:54: Code(7) escapes to heap
./fmt_printf_ints.go:25:12: ... argument does not escape
./fmt_printf_ints.go:25:13: n escapes to heap
./fmt_printf_ints.go:25:13: m escapes to heap
./fmt_printf_ints.go:25:13: u8 escapes to heap
./fmt_printf_ints.go:25:52: Code(7) escapes to heap
./fmt_printf_ints.go:25:52: up escapes to heap
./fmt_printf_ints.go:26:12: ... argument does not escape
./fmt_printf_ints.go:26:13: n escapes to heap
./fmt_printf_ints.go:26:13: n escapes to heap
./fmt_printf_ints.go:26:13: n escapes to heap
./fmt_printf_ints.go:26:13: n escapes to heap
./fmt_printf_ints.go:26:13: n escapes to heap
./fmt_printf_ints.go:26:13: n escapes to heap
./fmt_printf_ints.go:26:13: n escapes to heap
./fmt_printf_ints.go:27:12: ... argument does not escape
./fmt_printf_ints.go:27:13: m escapes to heap
./fmt_printf_ints.go:27:13: m escapes to heap
./fmt_printf_ints.go:27:13: m escapes to heap
./fmt_printf_ints.go:27:13: m escapes to heap
./fmt_printf_ints.go:27:13: m escapes to heap
./fmt_printf_ints.go:27:13: m escapes to heap
./fmt_printf_ints.go:27:13: m escapes to heap
./fmt_printf_ints.go:28:12: ... argument does not escape
./fmt_printf_ints.go:28:13: n escapes to heap
./fmt_printf_ints.go:28:13: z escapes to heap
./fmt_printf_ints.go:28:13: z escapes to heap
./fmt_printf_ints.go:28:13: z escapes to heap
./fmt_printf_ints.go:28:13: n escapes to heap
./fmt_printf_ints.go:28:13: m escapes to heap
./fmt_printf_ints.go:29:12: ... argument does not escape
./fmt_printf_ints.go:29:51: 255 escapes to heap
./fmt_printf_ints.go:29:56: 255 escapes to heap
./fmt_printf_ints.go:29:61: 255 escapes to heap
./fmt_printf_ints.go:29:66: 255 escapes to heap
./fmt_printf_ints.go:29:71: 255 escapes to heap
./fmt_printf_ints.go:29:76: 255 escapes to heap
./fmt_printf_ints.go:29:81: 255 escapes to heap
./fmt_printf_ints.go:30:12: ... argument does not escape
./fmt_printf_ints.go:30:13: m escapes to heap
./fmt_printf_ints.go:30:13: m escapes to heap
./fmt_printf_ints.go:30:13: m escapes to heap
./fmt_printf_ints.go:30:13: u64 escapes to heap
./fmt_printf_ints.go:30:13: i64 escapes to heap
./fmt_printf_ints.go:31:12: ... argument does not escape
./fmt_printf_ints.go:31:41: 8 escapes to heap
./fmt_printf_ints.go:31:44: 8 escapes to heap
./fmt_printf_ints.go:31:47: 8 escapes to heap
./fmt_printf_ints.go:31:50: 8 escapes to heap
./fmt_printf_ints.go:31:50: m escapes to heap
./fmt_printf_ints.go:31:56: 0 escapes to heap
./fmt_printf_ints.go:32:12: ... argument does not escape
./fmt_printf_ints.go:32:39: 5 escapes to heap
./fmt_printf_ints.go:32:42: 5 escapes to heap
./fmt_printf_ints.go:32:42: m escapes to heap
./fmt_printf_ints.go:32:48: 5 escapes to heap
./fmt_printf_ints.go:32:51: 5 escapes to heap
./fmt_printf_ints.go:33:12: ... argument does not escape
./fmt_printf_ints.go:33:44: 65 escapes to heap
./fmt_printf_ints.go:33:48: 0x1F600 escapes to heap
./fmt_printf_ints.go:33:57: 'é' escapes to heap
./fmt_printf_ints.go:33:63: -1 escapes to heap
./fmt_printf_ints.go:33:67: 0x110000 escapes to heap
./fmt_printf_ints.go:33:77: 'x' escapes to heap
./fmt_printf_ints.go:33:82: 'y' escapes to heap
./fmt_printf_ints.go:34:12: ... argument does not escape
./fmt_printf_ints.go:34:43: 'a' escapes to heap
./fmt_printf_ints.go:34:48: '\n' escapes to heap
./fmt_printf_ints.go:34:54: 0x1F600 escapes to heap
./fmt_printf_ints.go:34:63: 0x1F600 escapes to heap
./fmt_printf_ints.go:34:72: 'a' escapes to heap
./fmt_printf_ints.go:34:77: -1 escapes to heap
./fmt_printf_ints.go:34:81: '\'' escapes to heap
./fmt_printf_ints.go:35:12: ... argument does not escape
./fmt_printf_ints.go:35:54: 0x41 escapes to heap
./fmt_printf_ints.go:35:60: 0x41 escapes to heap
./fmt_printf_ints.go:35:66: '\n' escapes to heap
./fmt_printf_ints.go:35:72: 0x1F600 escapes to heap
./fmt_printf_ints.go:35:81: 0x41 escapes to heap
./fmt_printf_ints.go:35:87: 0x41 escapes to heap
./fmt_printf_ints.go:35:93: 0x41 escapes to heap
./fmt_printf_ints.go:35:93: m escapes to heap
./fmt_printf_ints.go:36:12: ... argument does not escape
./fmt_printf_ints.go:36:45: 255 escapes to heap
./fmt_printf_ints.go:36:50: 255 escapes to heap
./fmt_printf_ints.go:36:55: 255 escapes to heap
./fmt_printf_ints.go:36:60: 255 escapes to heap
./fmt_printf_ints.go:36:65: 64 escapes to heap
./fmt_printf_ints.go:37:12: ... argument does not escape
./fmt_printf_ints.go:37:13: i64 escapes to heap
./fmt_printf_ints.go:37:13: i64 escapes to heap
./fmt_printf_ints.go:37:13: i64 escapes to heap
./fmt_printf_ints.go:38:12: ... argument does not escape
./fmt_printf_ints.go:38:13: u64 escapes to heap
./fmt_printf_ints.go:38:13: u64 escapes to heap
./fmt_printf_ints.go:38:13: u64 escapes to heap
./fmt_printf_ints.go:38:13: u64 escapes to heap
./fmt_printf_ints.go:39:12: ... argument does not escape
./fmt_printf_ints.go:39:34: []int{...} escapes to heap
./fmt_printf_ints.go:39:34: []int{...} escapes to heap
./fmt_printf_ints.go:39:55: []uint8{...} escapes to heap
./fmt_printf_ints.go:39:55: []uint8{...} escapes to heap
./fmt_printf_ints.go:39:71: []int{...} escapes to heap
./fmt_printf_ints.go:39:71: []int{...} escapes to heap
./fmt_printf_ints.go:40:12: ... argument does not escape
./fmt_printf_ints.go:40:39: []int{...} escapes to heap
./fmt_printf_ints.go:40:39: []int{...} escapes to heap
./fmt_printf_ints.go:40:54: [2]int8{...} escapes to heap
./fmt_printf_ints.go:40:69: []int16{...} escapes to heap
./fmt_printf_ints.go:40:69: []int16{...} escapes to heap
./fmt_printf_ints.go:41:12: ... argument does not escape
./fmt_printf_ints.go:41:35: []int{...} escapes to heap
./fmt_printf_ints.go:41:35: []int{...} escapes to heap
./fmt_printf_ints.go:41:53: [2]uint{...} escapes to heap
./fmt_printf_ints.go:41:70: []int{...} escapes to heap
./fmt_printf_ints.go:41:70: []int{...} escapes to heap
./fmt_printf_ints.go:42:12: ... argument does not escape
./fmt_printf_ints.go:42:35: []rune{...} escapes to heap
./fmt_printf_ints.go:42:35: []rune{...} escapes to heap
./fmt_printf_ints.go:42:54: []int32{...} escapes to heap
./fmt_printf_ints.go:42:54: []int32{...} escapes to heap
./fmt_printf_ints.go:42:75: []rune{...} escapes to heap
./fmt_printf_ints.go:42:75: []rune{...} escapes to heap
./fmt_printf_ints.go:43:12: ... argument does not escape
./fmt_printf_ints.go:43:39: 7 escapes to heap
./fmt_printf_ints.go:43:42: 7 escapes to heap
./fmt_printf_ints.go:43:45: 7 escapes to heap
./fmt_printf_ints.go:44:12: ... argument does not escape
./fmt_printf_ints.go:44:30: 1 escapes to heap
./fmt_printf_ints.go:44:33: 2 escapes to heap
./fmt_printf_ints.go:44:36: 3 escapes to heap
./fmt_printf_ints.go:44:39: 4 escapes to heap
