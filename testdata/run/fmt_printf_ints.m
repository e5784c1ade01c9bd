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
