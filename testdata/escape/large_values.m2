./large_values.go:23:6: over escapes to heap:
./large_values.go:23:6:   flow: {heap} = &over:
./large_values.go:23:6:     from over (too large for stack) at ./large_values.go:23:6
./large_values.go:23:6: moved to heap: over
./large_values.go:31:2: b escapes to heap:
./large_values.go:31:2:   flow: {heap} = &b:
./large_values.go:31:2:     from b (too large for stack) at ./large_values.go:31:2
./large_values.go:32:2: c escapes to heap:
./large_values.go:32:2:   flow: {heap} = &c:
./large_values.go:32:2:     from c (too large for stack) at ./large_values.go:32:2
./large_values.go:31:2: moved to heap: b
./large_values.go:32:2: moved to heap: c
./large_values.go:38:7: &Implicit1{...} escapes to heap:
./large_values.go:38:7:   flow: {heap} = &{storage for &Implicit1{...}}:
./large_values.go:38:7:     from &Implicit1{...} (too large for stack) at ./large_values.go:38:7
./large_values.go:40:10: new([8193]int) escapes to heap:
./large_values.go:40:10:   flow: {heap} = &{storage for new([8193]int)}:
./large_values.go:40:10:     from new([8193]int) (too large for stack) at ./large_values.go:40:10
./large_values.go:41:7: &[10240]int{...} escapes to heap:
./large_values.go:41:7:   flow: {heap} = &{storage for &[10240]int{...}}:
./large_values.go:41:7:     from &[10240]int{...} (too large for stack) at ./large_values.go:41:7
./large_values.go:37:7: &Implicit{} does not escape
./large_values.go:38:7: &Implicit1{...} escapes to heap
./large_values.go:39:10: new([8192]int) does not escape
./large_values.go:40:10: new([8193]int) escapes to heap
./large_values.go:41:7: &[10240]int{...} escapes to heap
./large_values.go:47:11: make([]byte, 100001) escapes to heap:
./large_values.go:47:11:   flow: {heap} = &{storage for make([]byte, 100001)}:
./large_values.go:47:11:     from make([]byte, 100001) (too large for stack) at ./large_values.go:47:11
./large_values.go:46:13: []byte{...} does not escape
./large_values.go:47:11: make([]byte, 100001) escapes to heap
./large_values.go:52:11: make([]byte, 10, 1 << 31) escapes to heap:
./large_values.go:52:11:   flow: {heap} = &{storage for make([]byte, 10, 1 << 31)}:
./large_values.go:52:11:     from make([]byte, 10, 1 << 31) (non-constant size) at ./large_values.go:52:11
./large_values.go:53:11: make([]byte, 1 << 31 - 1) escapes to heap:
./large_values.go:53:11:   flow: {heap} = &{storage for make([]byte, 1 << 31 - 1)}:
./large_values.go:53:11:     from make([]byte, 1 << 31 - 1) (too large for stack) at ./large_values.go:53:11
./large_values.go:55:11: make([]int, n) escapes to heap:
./large_values.go:55:11:   flow: {heap} = &{storage for make([]int, n)}:
./large_values.go:55:11:     from make([]int, n) (non-constant size) at ./large_values.go:55:11
./large_values.go:57:11: make([]int, n, 1 << 13 + 1) escapes to heap:
./large_values.go:57:11:   flow: {heap} = &{storage for make([]int, n, 1 << 13 + 1)}:
./large_values.go:57:11:     from make([]int, n, 1 << 13 + 1) (too large for stack) at ./large_values.go:57:11
./large_values.go:52:11: make([]byte, 10, 1 << 31) escapes to heap
./large_values.go:53:11: make([]byte, 1 << 31 - 1) escapes to heap
./large_values.go:54:11: make([]struct {}, 1 << 30) does not escape
./large_values.go:55:11: make([]int, n) escapes to heap
./large_values.go:56:11: make([]int, n, 1 << 13) does not escape
./large_values.go:57:11: make([]int, n, 1 << 13 + 1) escapes to heap
./large_values.go:71:6: x escapes to heap:
./large_values.go:71:6:   flow: {heap} = &x:
./large_values.go:71:6:     from x (too large for stack) at ./large_values.go:71:6
./large_values.go:72:2: r escapes to heap:
./large_values.go:72:2:   flow: {heap} = &r:
./large_values.go:72:2:     from r (too large for stack) at ./large_values.go:72:2
./large_values.go:71:6: moved to heap: x
./large_values.go:72:2: moved to heap: r
