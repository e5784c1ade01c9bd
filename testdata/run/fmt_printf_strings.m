./fmt_printf_strings.go:13:12: ... argument does not escape
./fmt_printf_strings.go:13:13: s escapes to heap
./fmt_printf_strings.go:13:13: s escapes to heap
./fmt_printf_strings.go:13:13: s escapes to heap
./fmt_printf_strings.go:13:13: s escapes to heap
./fmt_printf_strings.go:13:13: s escapes to heap
./fmt_printf_strings.go:13:13: s escapes to heap
./fmt_printf_strings.go:13:13: s escapes to heap
./fmt_printf_strings.go:13:13: s escapes to heap
./fmt_printf_strings.go:14:12: ... argument does not escape
./fmt_printf_strings.go:14:13: u escapes to heap
./fmt_printf_strings.go:14:13: u escapes to heap
./fmt_printf_strings.go:14:13: u escapes to heap
./fmt_printf_strings.go:14:13: u escapes to heap
./fmt_printf_strings.go:14:13: u escapes to heap
./fmt_printf_strings.go:15:12: ... argument does not escape
./fmt_printf_strings.go:15:13: s escapes to heap
./fmt_printf_strings.go:15:13: s escapes to heap
./fmt_printf_strings.go:15:13: u escapes to heap
./fmt_printf_strings.go:15:13: u escapes to heap
./fmt_printf_strings.go:15:13: s escapes to heap
./fmt_printf_strings.go:15:13: s escapes to heap
./fmt_printf_strings.go:15:13: u escapes to heap
./fmt_printf_strings.go:16:12: ... argument does not escape
./fmt_printf_strings.go:16:38: "a\tb\n" escapes to heap
./fmt_printf_strings.go:16:48: "a\tb" escapes to heap
./fmt_printf_strings.go:16:56: "back`tick" escapes to heap
./fmt_printf_strings.go:16:69: "back`tick" escapes to heap
./fmt_printf_strings.go:16:82: "\x00\x7f\xff" escapes to heap
./fmt_printf_strings.go:17:12: ... argument does not escape
./fmt_printf_strings.go:17:33: "\u2028" escapes to heap
./fmt_printf_strings.go:17:43: "\U0001F600" escapes to heap
./fmt_printf_strings.go:17:57: "\a\b\f\r\v\\\"" escapes to heap
./fmt_printf_strings.go:17:75: "é" escapes to heap
./fmt_printf_strings.go:18:12: ... argument does not escape
./fmt_printf_strings.go:18:13: s escapes to heap
./fmt_printf_strings.go:18:13: s escapes to heap
./fmt_printf_strings.go:18:13: s escapes to heap
./fmt_printf_strings.go:18:13: s escapes to heap
./fmt_printf_strings.go:18:13: s escapes to heap
./fmt_printf_strings.go:18:13: s escapes to heap
./fmt_printf_strings.go:18:13: s escapes to heap
./fmt_printf_strings.go:18:13: s escapes to heap
./fmt_printf_strings.go:19:12: ... argument does not escape
./fmt_printf_strings.go:19:52: "hi" escapes to heap
./fmt_printf_strings.go:19:58: "hi" escapes to heap
./fmt_printf_strings.go:19:64: "hi" escapes to heap
./fmt_printf_strings.go:19:70: "hello" escapes to heap
./fmt_printf_strings.go:19:79: "hi" escapes to heap
./fmt_printf_strings.go:19:79: e escapes to heap
./fmt_printf_strings.go:19:79: e escapes to heap
./fmt_printf_strings.go:20:12: ... argument does not escape
./fmt_printf_strings.go:20:44: ([]byte)("hi") escapes to heap
./fmt_printf_strings.go:20:44: ([]byte)("hi") escapes to heap
./fmt_printf_strings.go:20:58: ([]byte)("hi") escapes to heap
./fmt_printf_strings.go:20:58: ([]byte)("hi") escapes to heap
./fmt_printf_strings.go:20:72: ([]byte)("hi") escapes to heap
./fmt_printf_strings.go:20:72: ([]byte)("hi") escapes to heap
./fmt_printf_strings.go:20:86: ([]byte)("hi") escapes to heap
./fmt_printf_strings.go:20:86: ([]byte)("hi") escapes to heap
./fmt_printf_strings.go:20:100: ([]byte)("hi") escapes to heap
./fmt_printf_strings.go:20:100: ([]byte)("hi") escapes to heap
./fmt_printf_strings.go:20:114: ([]byte)("hi") escapes to heap
./fmt_printf_strings.go:20:114: ([]byte)("hi") escapes to heap
./fmt_printf_strings.go:21:12: ... argument does not escape
./fmt_printf_strings.go:21:45: Bytes("ab") escapes to heap
./fmt_printf_strings.go:21:45: Bytes("ab") escapes to heap
./fmt_printf_strings.go:21:58: Bytes("ab") escapes to heap
./fmt_printf_strings.go:21:58: Bytes("ab") escapes to heap
./fmt_printf_strings.go:21:71: Bytes("ab") escapes to heap
./fmt_printf_strings.go:21:71: Bytes("ab") escapes to heap
./fmt_printf_strings.go:21:84: Bytes("ab") escapes to heap
./fmt_printf_strings.go:21:84: Bytes("ab") escapes to heap
./fmt_printf_strings.go:21:97: Bytes("ab") escapes to heap
./fmt_printf_strings.go:21:97: Bytes("ab") escapes to heap
./fmt_printf_strings.go:21:110: Bytes(nil) escapes to heap
./fmt_printf_strings.go:22:12: ... argument does not escape
./fmt_printf_strings.go:22:40: [3]byte{...} escapes to heap
./fmt_printf_strings.go:22:64: [3]byte{...} escapes to heap
./fmt_printf_strings.go:22:88: [3]byte{...} escapes to heap
./fmt_printf_strings.go:22:107: [2]uint8{...} escapes to heap
./fmt_printf_strings.go:23:12: ... argument does not escape
./fmt_printf_strings.go:23:42: ([]byte)(nil) escapes to heap
./fmt_printf_strings.go:23:55: []byte{} escapes to heap
./fmt_printf_strings.go:23:55: []byte{} escapes to heap
./fmt_printf_strings.go:23:65: []byte{...} escapes to heap
./fmt_printf_strings.go:23:65: []byte{...} escapes to heap
./fmt_printf_strings.go:23:65: s escapes to heap
./fmt_printf_strings.go:24:12: ... argument does not escape
./fmt_printf_strings.go:24:40: Name("nm") escapes to heap
./fmt_printf_strings.go:24:52: Name("nm") escapes to heap
./fmt_printf_strings.go:24:64: Name("nm") escapes to heap
./fmt_printf_strings.go:24:76: Name("nm") escapes to heap
./fmt_printf_strings.go:24:88: Name("nm") escapes to heap
./fmt_printf_strings.go:25:12: ... argument does not escape
./fmt_printf_strings.go:25:41: []string{...} escapes to heap
./fmt_printf_strings.go:25:41: []string{...} escapes to heap
./fmt_printf_strings.go:25:61: []string{...} escapes to heap
./fmt_printf_strings.go:25:61: []string{...} escapes to heap
./fmt_printf_strings.go:25:80: []string{...} escapes to heap
./fmt_printf_strings.go:25:80: []string{...} escapes to heap
./fmt_printf_strings.go:25:102: []string{...} escapes to heap
./fmt_printf_strings.go:25:102: []string{...} escapes to heap
./fmt_printf_strings.go:26:12: ... argument does not escape
./fmt_printf_strings.go:26:36: "ab" escapes to heap
./fmt_printf_strings.go:26:42: "ab" escapes to heap
./fmt_printf_strings.go:26:48: "ab" escapes to heap
./fmt_printf_strings.go:27:12: ... argument does not escape
./fmt_printf_strings.go:27:13: s escapes to heap
./fmt_printf_strings.go:27:42: Name("x") escapes to heap
./fmt_printf_strings.go:27:55: []byte{} escapes to heap
./fmt_printf_strings.go:27:55: []byte{} escapes to heap
./fmt_printf_strings.go:27:64: Bytes{} escapes to heap
./fmt_printf_strings.go:27:64: Bytes{} escapes to heap
./fmt_printf_strings.go:27:75: [2]byte{} escapes to heap
./fmt_printf_strings.go:28:12: ... argument does not escape
./fmt_printf_strings.go:28:13: s escapes to heap
./fmt_printf_strings.go:28:13: s escapes to heap
./fmt_printf_strings.go:28:13: s escapes to heap
./fmt_printf_strings.go:29:12: ... argument does not escape
./fmt_printf_strings.go:29:13: s escapes to heap
./fmt_printf_strings.go:29:13: s escapes to heap
./fmt_printf_strings.go:29:13: s escapes to heap
./fmt_printf_strings.go:30:12: ... argument does not escape
./fmt_printf_strings.go:30:32: 5 escapes to heap
./fmt_printf_strings.go:30:35: true escapes to heap
./fmt_printf_strings.go:30:41: 2.5 escapes to heap
./fmt_printf_strings.go:30:51: []int{...} escapes to heap
./fmt_printf_strings.go:30:51: []int{...} escapes to heap
./fmt_printf_strings.go:31:12: ... argument does not escape
./fmt_printf_strings.go:31:38: "ü" escapes to heap
./fmt_printf_strings.go:31:44: 3 escapes to heap
./fmt_printf_strings.go:32:12: ... argument does not escape
./fmt_printf_strings.go:32:27: 1 escapes to heap
./fmt_printf_strings.go:32:30: "x" escapes to heap
./fmt_printf_strings.go:33:12: ... argument does not escape
./fmt_printf_strings.go:33:26: "\xff\x00" escapes to heap
./fmt_printf_strings.go:33:38: "日本" escapes to heap
