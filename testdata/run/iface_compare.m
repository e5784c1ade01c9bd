./iface_compare.go:13:9: a does not escape
./iface_compare.go:13:12: b does not escape
./iface_compare.go:16:23: P{...} does not escape
./iface_compare.go:17:13: ... argument does not escape
./iface_compare.go:17:16: e == P{...} escapes to heap
./iface_compare.go:17:38: e == P{...} escapes to heap
./iface_compare.go:17:74: P{...} != e escapes to heap
./iface_compare.go:21:13: ... argument does not escape
./iface_compare.go:21:16: f == w escapes to heap
./iface_compare.go:21:24: f == W{...} escapes to heap
./iface_compare.go:21:37: f == &n escapes to heap
./iface_compare.go:22:13: ... argument does not escape
./iface_compare.go:22:16: eq(1, 1) escapes to heap
./iface_compare.go:22:17: 1 does not escape
./iface_compare.go:22:20: 1 does not escape
./iface_compare.go:22:26: eq(1, int64(1)) escapes to heap
./iface_compare.go:22:27: 1 does not escape
./iface_compare.go:22:35: int64(1) does not escape
./iface_compare.go:22:43: eq("a", "a") escapes to heap
./iface_compare.go:22:44: "a" does not escape
./iface_compare.go:22:49: "a" does not escape
./iface_compare.go:22:57: eq(nil, nil) escapes to heap
./iface_compare.go:22:71: eq(nil, 1) escapes to heap
./iface_compare.go:22:77: 1 does not escape
./iface_compare.go:23:13: ... argument does not escape
./iface_compare.go:23:16: eq(1.5, 1.5) escapes to heap
./iface_compare.go:23:17: 1.5 does not escape
./iface_compare.go:23:22: 1.5 does not escape
./iface_compare.go:23:30: eq([2]int{...}, [2]int{...}) escapes to heap
./iface_compare.go:23:37: [2]int{...} does not escape
./iface_compare.go:23:51: [2]int{...} does not escape
./iface_compare.go:23:62: eq(e, P{...}) escapes to heap
./iface_compare.go:23:67: P{...} does not escape
./iface_compare.go:26:13: ... argument does not escape
./iface_compare.go:26:16: eq(x, y) escapes to heap
./iface_compare.go:26:16: x does not escape
./iface_compare.go:26:16: y does not escape
./iface_compare.go:26:26: eq(x / y, x / y) escapes to heap
./iface_compare.go:26:28: x / y does not escape
./iface_compare.go:26:33: x / y does not escape
./iface_compare.go:28:13: ... argument does not escape
./iface_compare.go:28:16: eq(i8, int8(-1)) escapes to heap
./iface_compare.go:28:16: i8 does not escape
./iface_compare.go:28:25: int8(-1) does not escape
./iface_compare.go:28:35: i8 == (interface {})(int8(-1)) escapes to heap
./iface_compare.go:28:49: (interface {})(int8(-1)) does not escape
./iface_compare.go:29:13: ... argument does not escape
./iface_compare.go:29:16: eq([]int{...}, 1) escapes to heap
./iface_compare.go:29:22: []int{...} does not escape
./iface_compare.go:29:22: []int{...} does not escape
./iface_compare.go:29:27: 1 does not escape
