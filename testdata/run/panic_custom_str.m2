./panic_custom_str.go:5:36: "depth " + string(rune('0' + d)) + " reached" escapes to heap:
./panic_custom_str.go:5:36:   flow: {heap} = &{storage for "depth " + string(rune('0' + d)) + " reached"}:
./panic_custom_str.go:5:36:     from "depth " + string(rune('0' + d)) + " reached" (spill) at ./panic_custom_str.go:5:36
./panic_custom_str.go:5:36:     from panic("depth " + string(rune('0' + d)) + " reached") (call parameter) at ./panic_custom_str.go:5:8
./panic_custom_str.go:5:40: "depth " + string(rune('0' + d)) + " reached" escapes to heap:
./panic_custom_str.go:5:40:   flow: {storage for "depth " + string(rune('0' + d)) + " reached"} = &{storage for "depth " + string(rune('0' + d)) + " reached"}:
./panic_custom_str.go:5:40:     from "depth " + string(rune('0' + d)) + " reached" (spill) at ./panic_custom_str.go:5:40
./panic_custom_str.go:5:40:     from "depth " + string(rune('0' + d)) + " reached" (interface-converted) at ./panic_custom_str.go:5:36
./panic_custom_str.go:5:36: "depth " + string(rune('0' + d)) + " reached" escapes to heap
./panic_custom_str.go:5:40: "depth " + string(rune('0' + d)) + " reached" escapes to heap
./panic_custom_str.go:5:26: string(rune('0' + d)) does not escape
