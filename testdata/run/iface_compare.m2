./iface_compare.go:13:9: a does not escape
./iface_compare.go:13:12: b does not escape
./iface_compare.go:29:16: eq([]int{...}, 1) escapes to heap:
./iface_compare.go:29:16:   flow: {storage for ... argument} = &{storage for eq([]int{...}, 1)}:
./iface_compare.go:29:16:     from eq([]int{...}, 1) (spill) at ./iface_compare.go:29:16
./iface_compare.go:29:16:     from ... argument (slice-literal-element) at ./iface_compare.go:29:13
./iface_compare.go:29:16:   flow: {heap} = {storage for ... argument}:
./iface_compare.go:29:16:     from ... argument (spill) at ./iface_compare.go:29:13
./iface_compare.go:29:16:     from fmt.Println(... argument...) (call parameter) at ./iface_compare.go:29:13
./iface_compare.go:28:35: i8 == (interface {})(int8(-1)) escapes to heap:
./iface_compare.go:28:35:   flow: {storage for ... argument} = &{storage for i8 == (interface {})(int8(-1))}:
./iface_compare.go:28:35:     from i8 == (interface {})(int8(-1)) (spill) at ./iface_compare.go:28:35
./iface_compare.go:28:35:     from ... argument (slice-literal-element) at ./iface_compare.go:28:13
./iface_compare.go:28:35:   flow: {heap} = {storage for ... argument}:
./iface_compare.go:28:35:     from ... argument (spill) at ./iface_compare.go:28:13
./iface_compare.go:28:35:     from fmt.Println(... argument...) (call parameter) at ./iface_compare.go:28:13
./iface_compare.go:28:16: eq(i8, int8(-1)) escapes to heap:
./iface_compare.go:28:16:   flow: {storage for ... argument} = &{storage for eq(i8, int8(-1))}:
./iface_compare.go:28:16:     from eq(i8, int8(-1)) (spill) at ./iface_compare.go:28:16
./iface_compare.go:28:16:     from ... argument (slice-literal-element) at ./iface_compare.go:28:13
./iface_compare.go:28:16:   flow: {heap} = {storage for ... argument}:
./iface_compare.go:28:16:     from ... argument (spill) at ./iface_compare.go:28:13
./iface_compare.go:28:16:     from fmt.Println(... argument...) (call parameter) at ./iface_compare.go:28:13
./iface_compare.go:26:26: eq(x / y, x / y) escapes to heap:
./iface_compare.go:26:26:   flow: {storage for ... argument} = &{storage for eq(x / y, x / y)}:
./iface_compare.go:26:26:     from eq(x / y, x / y) (spill) at ./iface_compare.go:26:26
./iface_compare.go:26:26:     from ... argument (slice-literal-element) at ./iface_compare.go:26:13
./iface_compare.go:26:26:   flow: {heap} = {storage for ... argument}:
./iface_compare.go:26:26:     from ... argument (spill) at ./iface_compare.go:26:13
./iface_compare.go:26:26:     from fmt.Println(... argument...) (call parameter) at ./iface_compare.go:26:13
./iface_compare.go:26:16: eq(x, y) escapes to heap:
./iface_compare.go:26:16:   flow: {storage for ... argument} = &{storage for eq(x, y)}:
./iface_compare.go:26:16:     from eq(x, y) (spill) at ./iface_compare.go:26:16
./iface_compare.go:26:16:     from ... argument (slice-literal-element) at ./iface_compare.go:26:13
./iface_compare.go:26:16:   flow: {heap} = {storage for ... argument}:
./iface_compare.go:26:16:     from ... argument (spill) at ./iface_compare.go:26:13
./iface_compare.go:26:16:     from fmt.Println(... argument...) (call parameter) at ./iface_compare.go:26:13
./iface_compare.go:23:62: eq(e, P{...}) escapes to heap:
./iface_compare.go:23:62:   flow: {storage for ... argument} = &{storage for eq(e, P{...})}:
./iface_compare.go:23:62:     from eq(e, P{...}) (spill) at ./iface_compare.go:23:62
./iface_compare.go:23:62:     from ... argument (slice-literal-element) at ./iface_compare.go:23:13
./iface_compare.go:23:62:   flow: {heap} = {storage for ... argument}:
./iface_compare.go:23:62:     from ... argument (spill) at ./iface_compare.go:23:13
./iface_compare.go:23:62:     from fmt.Println(... argument...) (call parameter) at ./iface_compare.go:23:13
./iface_compare.go:23:30: eq([2]int{...}, [2]int{...}) escapes to heap:
./iface_compare.go:23:30:   flow: {storage for ... argument} = &{storage for eq([2]int{...}, [2]int{...})}:
./iface_compare.go:23:30:     from eq([2]int{...}, [2]int{...}) (spill) at ./iface_compare.go:23:30
./iface_compare.go:23:30:     from ... argument (slice-literal-element) at ./iface_compare.go:23:13
./iface_compare.go:23:30:   flow: {heap} = {storage for ... argument}:
./iface_compare.go:23:30:     from ... argument (spill) at ./iface_compare.go:23:13
./iface_compare.go:23:30:     from fmt.Println(... argument...) (call parameter) at ./iface_compare.go:23:13
./iface_compare.go:23:16: eq(1.5, 1.5) escapes to heap:
./iface_compare.go:23:16:   flow: {storage for ... argument} = &{storage for eq(1.5, 1.5)}:
./iface_compare.go:23:16:     from eq(1.5, 1.5) (spill) at ./iface_compare.go:23:16
./iface_compare.go:23:16:     from ... argument (slice-literal-element) at ./iface_compare.go:23:13
./iface_compare.go:23:16:   flow: {heap} = {storage for ... argument}:
./iface_compare.go:23:16:     from ... argument (spill) at ./iface_compare.go:23:13
./iface_compare.go:23:16:     from fmt.Println(... argument...) (call parameter) at ./iface_compare.go:23:13
./iface_compare.go:22:71: eq(nil, 1) escapes to heap:
./iface_compare.go:22:71:   flow: {storage for ... argument} = &{storage for eq(nil, 1)}:
./iface_compare.go:22:71:     from eq(nil, 1) (spill) at ./iface_compare.go:22:71
./iface_compare.go:22:71:     from ... argument (slice-literal-element) at ./iface_compare.go:22:13
./iface_compare.go:22:71:   flow: {heap} = {storage for ... argument}:
./iface_compare.go:22:71:     from ... argument (spill) at ./iface_compare.go:22:13
./iface_compare.go:22:71:     from fmt.Println(... argument...) (call parameter) at ./iface_compare.go:22:13
./iface_compare.go:22:57: eq(nil, nil) escapes to heap:
./iface_compare.go:22:57:   flow: {storage for ... argument} = &{storage for eq(nil, nil)}:
./iface_compare.go:22:57:     from eq(nil, nil) (spill) at ./iface_compare.go:22:57
./iface_compare.go:22:57:     from ... argument (slice-literal-element) at ./iface_compare.go:22:13
./iface_compare.go:22:57:   flow: {heap} = {storage for ... argument}:
./iface_compare.go:22:57:     from ... argument (spill) at ./iface_compare.go:22:13
./iface_compare.go:22:57:     from fmt.Println(... argument...) (call parameter) at ./iface_compare.go:22:13
./iface_compare.go:22:43: eq("a", "a") escapes to heap:
./iface_compare.go:22:43:   flow: {storage for ... argument} = &{storage for eq("a", "a")}:
./iface_compare.go:22:43:     from eq("a", "a") (spill) at ./iface_compare.go:22:43
./iface_compare.go:22:43:     from ... argument (slice-literal-element) at ./iface_compare.go:22:13
./iface_compare.go:22:43:   flow: {heap} = {storage for ... argument}:
./iface_compare.go:22:43:     from ... argument (spill) at ./iface_compare.go:22:13
./iface_compare.go:22:43:     from fmt.Println(... argument...) (call parameter) at ./iface_compare.go:22:13
./iface_compare.go:22:26: eq(1, int64(1)) escapes to heap:
./iface_compare.go:22:26:   flow: {storage for ... argument} = &{storage for eq(1, int64(1))}:
./iface_compare.go:22:26:     from eq(1, int64(1)) (spill) at ./iface_compare.go:22:26
./iface_compare.go:22:26:     from ... argument (slice-literal-element) at ./iface_compare.go:22:13
./iface_compare.go:22:26:   flow: {heap} = {storage for ... argument}:
./iface_compare.go:22:26:     from ... argument (spill) at ./iface_compare.go:22:13
./iface_compare.go:22:26:     from fmt.Println(... argument...) (call parameter) at ./iface_compare.go:22:13
./iface_compare.go:22:16: eq(1, 1) escapes to heap:
./iface_compare.go:22:16:   flow: {storage for ... argument} = &{storage for eq(1, 1)}:
./iface_compare.go:22:16:     from eq(1, 1) (spill) at ./iface_compare.go:22:16
./iface_compare.go:22:16:     from ... argument (slice-literal-element) at ./iface_compare.go:22:13
./iface_compare.go:22:16:   flow: {heap} = {storage for ... argument}:
./iface_compare.go:22:16:     from ... argument (spill) at ./iface_compare.go:22:13
./iface_compare.go:22:16:     from fmt.Println(... argument...) (call parameter) at ./iface_compare.go:22:13
./iface_compare.go:21:37: f == &n escapes to heap:
./iface_compare.go:21:37:   flow: {storage for ... argument} = &{storage for f == &n}:
./iface_compare.go:21:37:     from f == &n (spill) at ./iface_compare.go:21:37
./iface_compare.go:21:37:     from ... argument (slice-literal-element) at ./iface_compare.go:21:13
./iface_compare.go:21:37:   flow: {heap} = {storage for ... argument}:
./iface_compare.go:21:37:     from ... argument (spill) at ./iface_compare.go:21:13
./iface_compare.go:21:37:     from fmt.Println(... argument...) (call parameter) at ./iface_compare.go:21:13
./iface_compare.go:21:24: f == W{...} escapes to heap:
./iface_compare.go:21:24:   flow: {storage for ... argument} = &{storage for f == W{...}}:
./iface_compare.go:21:24:     from f == W{...} (spill) at ./iface_compare.go:21:24
./iface_compare.go:21:24:     from ... argument (slice-literal-element) at ./iface_compare.go:21:13
./iface_compare.go:21:24:   flow: {heap} = {storage for ... argument}:
./iface_compare.go:21:24:     from ... argument (spill) at ./iface_compare.go:21:13
./iface_compare.go:21:24:     from fmt.Println(... argument...) (call parameter) at ./iface_compare.go:21:13
./iface_compare.go:21:16: f == w escapes to heap:
./iface_compare.go:21:16:   flow: {storage for ... argument} = &{storage for f == w}:
./iface_compare.go:21:16:     from f == w (spill) at ./iface_compare.go:21:16
./iface_compare.go:21:16:     from ... argument (slice-literal-element) at ./iface_compare.go:21:13
./iface_compare.go:21:16:   flow: {heap} = {storage for ... argument}:
./iface_compare.go:21:16:     from ... argument (spill) at ./iface_compare.go:21:13
./iface_compare.go:21:16:     from fmt.Println(... argument...) (call parameter) at ./iface_compare.go:21:13
./iface_compare.go:17:74: P{...} != e escapes to heap:
./iface_compare.go:17:74:   flow: {storage for ... argument} = &{storage for P{...} != e}:
./iface_compare.go:17:74:     from P{...} != e (spill) at ./iface_compare.go:17:74
./iface_compare.go:17:74:     from ... argument (slice-literal-element) at ./iface_compare.go:17:13
./iface_compare.go:17:74:   flow: {heap} = {storage for ... argument}:
./iface_compare.go:17:74:     from ... argument (spill) at ./iface_compare.go:17:13
./iface_compare.go:17:74:     from fmt.Println(... argument...) (call parameter) at ./iface_compare.go:17:13
./iface_compare.go:17:38: e == P{...} escapes to heap:
./iface_compare.go:17:38:   flow: {storage for ... argument} = &{storage for e == P{...}}:
./iface_compare.go:17:38:     from e == P{...} (spill) at ./iface_compare.go:17:38
./iface_compare.go:17:38:     from ... argument (slice-literal-element) at ./iface_compare.go:17:13
./iface_compare.go:17:38:   flow: {heap} = {storage for ... argument}:
./iface_compare.go:17:38:     from ... argument (spill) at ./iface_compare.go:17:13
./iface_compare.go:17:38:     from fmt.Println(... argument...) (call parameter) at ./iface_compare.go:17:13
./iface_compare.go:17:16: e == P{...} escapes to heap:
./iface_compare.go:17:16:   flow: {storage for ... argument} = &{storage for e == P{...}}:
./iface_compare.go:17:16:     from e == P{...} (spill) at ./iface_compare.go:17:16
./iface_compare.go:17:16:     from ... argument (slice-literal-element) at ./iface_compare.go:17:13
./iface_compare.go:17:16:   flow: {heap} = {storage for ... argument}:
./iface_compare.go:17:16:     from ... argument (spill) at ./iface_compare.go:17:13
./iface_compare.go:17:16:     from fmt.Println(... argument...) (call parameter) at ./iface_compare.go:17:13
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
