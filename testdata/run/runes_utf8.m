./runes_utf8.go:8:16: []byte{...} escapes to heap
./runes_utf8.go:11:16: []byte{...} escapes to heap
./runes_utf8.go:14:16: []byte{...} escapes to heap
./runes_utf8.go:16:15: []byte{...} escapes to heap
./runes_utf8.go:20:26: []rune{...} does not escape
./runes_utf8.go:22:14: string(r) does not escape
./runes_utf8.go:23:17: string(b) does not escape
./runes_utf8.go:24:14: ... argument does not escape
./runes_utf8.go:24:14: r escapes to heap
./runes_utf8.go:24:14: b escapes to heap
./runes_utf8.go:24:24: len(s) escapes to heap
./runes_utf8.go:24:24: same escapes to heap
./runes_utf8.go:28:12: ... argument does not escape
./runes_utf8.go:28:12: i escapes to heap
./runes_utf8.go:28:16: ":" escapes to heap
./runes_utf8.go:28:16: r escapes to heap
./runes_utf8.go:28:24: " " escapes to heap
./runes_utf8.go:31:14: ([]rune)(mixed) does not escape
./runes_utf8.go:32:13: ... argument does not escape
./runes_utf8.go:32:17: len(rs) escapes to heap
./runes_utf8.go:32:26: len(string(rs)) escapes to heap
./runes_utf8.go:32:33: string(rs) does not escape
./runes_utf8.go:37:13: ... argument does not escape
./runes_utf8.go:37:13: total escapes to heap
./runes_utf8.go:37:27: string(total % 0x10000) escapes to heap
./runes_utf8.go:37:27: string(total % 0x10000) escapes to heap
./runes_utf8.go:38:13: ([]byte)("añb") does not escape
./runes_utf8.go:40:12: ... argument does not escape
./runes_utf8.go:40:12: i escapes to heap
./runes_utf8.go:40:12: c escapes to heap
./runes_utf8.go:40:19: "," escapes to heap
./runes_utf8.go:43:26: string(b[1:3]) does not escape
./runes_utf8.go:44:12: ... argument does not escape
./runes_utf8.go:44:12: i escapes to heap
./runes_utf8.go:44:12: c escapes to heap
./runes_utf8.go:44:19: "," escapes to heap
