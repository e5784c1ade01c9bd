./panic_custom_str.go:5:36: "depth " + string(rune('0' + d)) + " reached" escapes to heap
./panic_custom_str.go:5:40: "depth " + string(rune('0' + d)) + " reached" escapes to heap
./panic_custom_str.go:5:26: string(rune('0' + d)) does not escape
