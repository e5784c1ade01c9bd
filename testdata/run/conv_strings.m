./conv_strings.go:7:12: s does not escape
./conv_strings.go:7:44: ([]rune)(s) escapes to heap
./conv_strings.go:9:14: s does not escape
./conv_strings.go:9:46: ([]byte)(s) escapes to heap
./conv_strings.go:13:13: ([]byte)(s) does not escape
./conv_strings.go:16:14: ([]byte)("hello world, this is a long string of 40b") does not escape
./conv_strings.go:18:14: ([]byte)("xyz") escapes to heap
./conv_strings.go:19:13: ... argument does not escape
./conv_strings.go:19:13: b3 escapes to heap
./conv_strings.go:19:21: cap(b3) escapes to heap
./conv_strings.go:21:13: ... argument does not escape
./conv_strings.go:21:13: b4 escapes to heap
./conv_strings.go:21:21: len(b4) escapes to heap
./conv_strings.go:21:30: cap(b4) escapes to heap
./conv_strings.go:21:42: string(b4) escapes to heap
./conv_strings.go:21:42: string(b4) escapes to heap
./conv_strings.go:22:14: ([]byte)(s + s + s + s + s + s + s + s + s + s + s + s) does not escape
./conv_strings.go:22:57: s + s + s + s + s + s + s + s + s + s + s + s does not escape
./conv_strings.go:24:13: []rune{...} does not escape
./conv_strings.go:27:13: ... argument does not escape
./conv_strings.go:27:13: r2 escapes to heap
./conv_strings.go:27:21: len(r2) escapes to heap
./conv_strings.go:27:30: cap(r2) escapes to heap
./conv_strings.go:27:42: string(r2) escapes to heap
./conv_strings.go:27:42: string(r2) escapes to heap
./conv_strings.go:28:56: s + s + s + s + s + s + s + s + s + s + s + s does not escape
./conv_strings.go:29:13: ... argument does not escape
./conv_strings.go:29:17: len(r3) escapes to heap
./conv_strings.go:29:26: cap(r3) escapes to heap
./conv_strings.go:32:13: ... argument does not escape
./conv_strings.go:32:20: string(r2) escapes to heap
./conv_strings.go:32:20: string(r2) escapes to heap
./conv_strings.go:32:29: len(string(r2)) escapes to heap
./conv_strings.go:32:36: string(r2) does not escape
./conv_strings.go:34:32: make([]int16, 13) does not escape
./conv_strings.go:35:13: ... argument does not escape
./conv_strings.go:35:17: ns == nil escapes to heap
./conv_strings.go:35:28: len(z) escapes to heap
./conv_strings.go:35:36: cap(z) escapes to heap
./conv_strings.go:35:52: ([]int)(nil) == nil escapes to heap
./conv_strings.go:37:13: ... argument does not escape
./conv_strings.go:37:16: p == nil escapes to heap
./conv_strings.go:38:13: ([]byte)("") does not escape
./conv_strings.go:39:13: ... argument does not escape
./conv_strings.go:39:16: e == nil escapes to heap
./conv_strings.go:39:27: len(e) escapes to heap
./conv_strings.go:39:35: cap(e) escapes to heap
./conv_strings.go:39:54: ([]byte)(s[:0]) == nil escapes to heap
./conv_strings.go:39:46: ([]byte)(s[:0]) does not escape
./conv_strings.go:40:14: ([]byte)("hello") escapes to heap
./conv_strings.go:42:13: ... argument does not escape
./conv_strings.go:42:13: bs escapes to heap
./conv_strings.go:42:24: string(bs) escapes to heap
./conv_strings.go:42:24: string(bs) escapes to heap
./conv_strings.go:42:36: string(bs[1:3]) escapes to heap
./conv_strings.go:42:36: string(bs[1:3]) escapes to heap
./conv_strings.go:42:50: cap(bs[1:3]) escapes to heap
./conv_strings.go:44:13: ... argument does not escape
./conv_strings.go:44:20: ([]byte)(nm) escapes to heap
./conv_strings.go:44:20: ([]byte)(nm) escapes to heap
./conv_strings.go:44:32: string(nm) escapes to heap
./conv_strings.go:44:44: ([]rune)(nm) escapes to heap
./conv_strings.go:44:44: ([]rune)(nm) escapes to heap
