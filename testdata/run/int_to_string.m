./int_to_string.go:6:17: []int64{...} does not escape
./int_to_string.go:8:14: string(rune(v)) does not escape
./int_to_string.go:9:15: string(rune(int32(v))) does not escape
./int_to_string.go:10:14: ... argument does not escape
./int_to_string.go:10:14: v escapes to heap
./int_to_string.go:10:21: len(s) escapes to heap
./int_to_string.go:10:32: ([]byte)(s) escapes to heap
./int_to_string.go:10:32: ([]byte)(s) escapes to heap
./int_to_string.go:10:39: s == s2 escapes to heap
./int_to_string.go:16:13: ... argument does not escape
./int_to_string.go:16:20: string(rune(b)) escapes to heap
./int_to_string.go:16:20: string(rune(b)) escapes to heap
./int_to_string.go:16:37: string(rune(u16)) escapes to heap
./int_to_string.go:16:37: string(rune(u16)) escapes to heap
./int_to_string.go:16:53: len(string(rune(u64))) escapes to heap
./int_to_string.go:16:60: string(rune(u64)) does not escape
./int_to_string.go:16:80: ([]byte)(string(rune(i8))) escapes to heap
./int_to_string.go:16:80: ([]byte)(string(rune(i8))) escapes to heap
./int_to_string.go:16:87: string(rune(i8)) does not escape
./int_to_string.go:18:13: ... argument does not escape
./int_to_string.go:18:20: string(rune(u32)) escapes to heap
./int_to_string.go:18:20: string(rune(u32)) escapes to heap
