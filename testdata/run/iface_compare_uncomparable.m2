./iface_compare_uncomparable.go:10:9: a does not escape
./iface_compare_uncomparable.go:10:12: b does not escape
./iface_compare_uncomparable.go:18:16: x == y escapes to heap:
./iface_compare_uncomparable.go:18:16:   flow: {storage for ... argument} = &{storage for x == y}:
./iface_compare_uncomparable.go:18:16:     from x == y (spill) at ./iface_compare_uncomparable.go:18:16
./iface_compare_uncomparable.go:18:16:     from ... argument (slice-literal-element) at ./iface_compare_uncomparable.go:18:13
./iface_compare_uncomparable.go:18:16:   flow: {heap} = {storage for ... argument}:
./iface_compare_uncomparable.go:18:16:     from ... argument (spill) at ./iface_compare_uncomparable.go:18:13
./iface_compare_uncomparable.go:18:16:     from fmt.Println(... argument...) (call parameter) at ./iface_compare_uncomparable.go:18:13
./iface_compare_uncomparable.go:16:16: x == y escapes to heap:
./iface_compare_uncomparable.go:16:16:   flow: {storage for ... argument} = &{storage for x == y}:
./iface_compare_uncomparable.go:16:16:     from x == y (spill) at ./iface_compare_uncomparable.go:16:16
./iface_compare_uncomparable.go:16:16:     from ... argument (slice-literal-element) at ./iface_compare_uncomparable.go:16:13
./iface_compare_uncomparable.go:16:16:   flow: {heap} = {storage for ... argument}:
./iface_compare_uncomparable.go:16:16:     from ... argument (spill) at ./iface_compare_uncomparable.go:16:13
./iface_compare_uncomparable.go:16:16:     from fmt.Println(... argument...) (call parameter) at ./iface_compare_uncomparable.go:16:13
./iface_compare_uncomparable.go:13:28: eq([]int{...}, "x") escapes to heap:
./iface_compare_uncomparable.go:13:28:   flow: {storage for ... argument} = &{storage for eq([]int{...}, "x")}:
./iface_compare_uncomparable.go:13:28:     from eq([]int{...}, "x") (spill) at ./iface_compare_uncomparable.go:13:28
./iface_compare_uncomparable.go:13:28:     from ... argument (slice-literal-element) at ./iface_compare_uncomparable.go:13:13
./iface_compare_uncomparable.go:13:28:   flow: {heap} = {storage for ... argument}:
./iface_compare_uncomparable.go:13:28:     from ... argument (spill) at ./iface_compare_uncomparable.go:13:13
./iface_compare_uncomparable.go:13:28:     from fmt.Println(... argument...) (call parameter) at ./iface_compare_uncomparable.go:13:13
./iface_compare_uncomparable.go:13:16: eq(S{}, 1) escapes to heap:
./iface_compare_uncomparable.go:13:16:   flow: {storage for ... argument} = &{storage for eq(S{}, 1)}:
./iface_compare_uncomparable.go:13:16:     from eq(S{}, 1) (spill) at ./iface_compare_uncomparable.go:13:16
./iface_compare_uncomparable.go:13:16:     from ... argument (slice-literal-element) at ./iface_compare_uncomparable.go:13:13
./iface_compare_uncomparable.go:13:16:   flow: {heap} = {storage for ... argument}:
./iface_compare_uncomparable.go:13:16:     from ... argument (spill) at ./iface_compare_uncomparable.go:13:13
./iface_compare_uncomparable.go:13:16:     from fmt.Println(... argument...) (call parameter) at ./iface_compare_uncomparable.go:13:13
./iface_compare_uncomparable.go:13:13: ... argument does not escape
./iface_compare_uncomparable.go:13:16: eq(S{}, 1) escapes to heap
./iface_compare_uncomparable.go:13:18: S{} does not escape
./iface_compare_uncomparable.go:13:22: 1 does not escape
./iface_compare_uncomparable.go:13:28: eq([]int{...}, "x") escapes to heap
./iface_compare_uncomparable.go:13:34: []int{...} does not escape
./iface_compare_uncomparable.go:13:34: []int{...} does not escape
./iface_compare_uncomparable.go:13:39: "x" does not escape
./iface_compare_uncomparable.go:14:36: [1]interface {}{...} does not escape
./iface_compare_uncomparable.go:14:37: 1 does not escape
./iface_compare_uncomparable.go:15:36: [1]interface {}{...} does not escape
./iface_compare_uncomparable.go:15:37: 1 does not escape
./iface_compare_uncomparable.go:16:13: ... argument does not escape
./iface_compare_uncomparable.go:16:16: x == y escapes to heap
./iface_compare_uncomparable.go:17:5: [1]interface {}{...} does not escape
./iface_compare_uncomparable.go:17:29: []int{} does not escape
./iface_compare_uncomparable.go:17:29: []int{} does not escape
./iface_compare_uncomparable.go:17:5: [1]interface {}{...} does not escape
./iface_compare_uncomparable.go:17:54: []int{} does not escape
./iface_compare_uncomparable.go:17:54: []int{} does not escape
./iface_compare_uncomparable.go:18:13: ... argument does not escape
./iface_compare_uncomparable.go:18:16: x == y escapes to heap
