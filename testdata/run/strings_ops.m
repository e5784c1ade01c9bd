./strings_ops.go:7:13: ... argument does not escape
./strings_ops.go:7:17: len(s) escapes to heap
./strings_ops.go:7:23: s[0] escapes to heap
./strings_ops.go:7:29: s[1] escapes to heap
./strings_ops.go:7:35: s[2] escapes to heap
./strings_ops.go:7:41: s[1:3] escapes to heap
./strings_ops.go:7:49: s[7:] escapes to heap
./strings_ops.go:7:61: s[:0] == "" escapes to heap
./strings_ops.go:9:14: ... argument does not escape
./strings_ops.go:9:14: i escapes to heap
./strings_ops.go:9:14: r escapes to heap
./strings_ops.go:9:27: string(r) escapes to heap
./strings_ops.go:9:27: string(r) escapes to heap
./strings_ops.go:20:14: ... argument does not escape
./strings_ops.go:20:14: r escapes to heap
./strings_ops.go:22:15: s + "+" + s[0:1] escapes to heap
./strings_ops.go:23:13: ... argument does not escape
./strings_ops.go:23:13: t escapes to heap
./strings_ops.go:23:20: len(t) escapes to heap
./strings_ops.go:25:13: ... argument does not escape
./strings_ops.go:25:16: a < b escapes to heap
./strings_ops.go:25:23: a > b escapes to heap
./strings_ops.go:25:30: a == b escapes to heap
./strings_ops.go:25:38: a != b escapes to heap
./strings_ops.go:25:46: a <= "abc" escapes to heap
./strings_ops.go:25:58: b >= "abcd" escapes to heap
./strings_ops.go:25:72: "" < "a" escapes to heap
./strings_ops.go:25:84: "ab" < "abc" escapes to heap
./strings_ops.go:26:13: ... argument does not escape
./strings_ops.go:26:20: string(rune(65)) escapes to heap
./strings_ops.go:26:38: string(rune(0x4e16)) escapes to heap
./strings_ops.go:26:60: string(rune(-1)) escapes to heap
./strings_ops.go:26:78: string(rune(0x10ffff + 1)) escapes to heap
./strings_ops.go:26:104: string(rune(0xd800)) escapes to heap
./strings_ops.go:28:13: ... argument does not escape
./strings_ops.go:28:16: e == "" escapes to heap
./strings_ops.go:28:26: len(e) escapes to heap
./strings_ops.go:28:32: e + "x" escapes to heap
./strings_ops.go:28:32: e + "x" escapes to heap
./strings_ops.go:35:14: string(rune('a' + i)) escapes to heap
./strings_ops.go:37:13: ... argument does not escape
./strings_ops.go:37:13: x escapes to heap
./strings_ops.go:37:18: x[3:7] escapes to heap
./strings_ops.go:37:30: x[:3] + x[7:] escapes to heap
./strings_ops.go:37:30: x[:3] + x[7:] escapes to heap
./strings_ops.go:38:12: make([]byte, 5) escapes to heap
./strings_ops.go:43:13: ... argument does not escape
./strings_ops.go:43:13: bs escapes to heap
./strings_ops.go:43:20: bs[1:3] escapes to heap
./strings_ops.go:45:13: ... argument does not escape
./strings_ops.go:45:14: "tab\there" escapes to heap
./strings_ops.go:45:27: "quote\"" escapes to heap
./strings_ops.go:45:38: `raw\n` escapes to heap
