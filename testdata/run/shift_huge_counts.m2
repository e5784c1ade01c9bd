./shift_huge_counts.go:23:31: -7 >> c8 escapes to heap:
./shift_huge_counts.go:23:31:   flow: {storage for ... argument} = &{storage for -7 >> c8}:
./shift_huge_counts.go:23:31:     from -7 >> c8 (spill) at ./shift_huge_counts.go:23:31
./shift_huge_counts.go:23:31:     from ... argument (slice-literal-element) at ./shift_huge_counts.go:23:13
./shift_huge_counts.go:23:31:   flow: {heap} = {storage for ... argument}:
./shift_huge_counts.go:23:31:     from ... argument (spill) at ./shift_huge_counts.go:23:13
./shift_huge_counts.go:23:31:     from fmt.Println(... argument...) (call parameter) at ./shift_huge_counts.go:23:13
./shift_huge_counts.go:23:23: 7 << c8 escapes to heap:
./shift_huge_counts.go:23:23:   flow: {storage for ... argument} = &{storage for 7 << c8}:
./shift_huge_counts.go:23:23:     from 7 << c8 (spill) at ./shift_huge_counts.go:23:23
./shift_huge_counts.go:23:23:     from ... argument (slice-literal-element) at ./shift_huge_counts.go:23:13
./shift_huge_counts.go:23:23:   flow: {heap} = {storage for ... argument}:
./shift_huge_counts.go:23:23:     from ... argument (spill) at ./shift_huge_counts.go:23:13
./shift_huge_counts.go:23:23:     from fmt.Println(... argument...) (call parameter) at ./shift_huge_counts.go:23:13
./shift_huge_counts.go:23:15: 7 << c16 escapes to heap:
./shift_huge_counts.go:23:15:   flow: {storage for ... argument} = &{storage for 7 << c16}:
./shift_huge_counts.go:23:15:     from 7 << c16 (spill) at ./shift_huge_counts.go:23:15
./shift_huge_counts.go:23:15:     from ... argument (slice-literal-element) at ./shift_huge_counts.go:23:13
./shift_huge_counts.go:23:15:   flow: {heap} = {storage for ... argument}:
./shift_huge_counts.go:23:15:     from ... argument (spill) at ./shift_huge_counts.go:23:13
./shift_huge_counts.go:23:15:     from fmt.Println(... argument...) (call parameter) at ./shift_huge_counts.go:23:13
./shift_huge_counts.go:20:29: -1 >> c32 escapes to heap:
./shift_huge_counts.go:20:29:   flow: {storage for ... argument} = &{storage for -1 >> c32}:
./shift_huge_counts.go:20:29:     from -1 >> c32 (spill) at ./shift_huge_counts.go:20:29
./shift_huge_counts.go:20:29:     from ... argument (slice-literal-element) at ./shift_huge_counts.go:20:13
./shift_huge_counts.go:20:29:   flow: {heap} = {storage for ... argument}:
./shift_huge_counts.go:20:29:     from ... argument (spill) at ./shift_huge_counts.go:20:13
./shift_huge_counts.go:20:29:     from fmt.Println(... argument...) (call parameter) at ./shift_huge_counts.go:20:13
./shift_huge_counts.go:20:21: 1 << c32 == 0 escapes to heap:
./shift_huge_counts.go:20:21:   flow: {storage for ... argument} = &{storage for 1 << c32 == 0}:
./shift_huge_counts.go:20:21:     from 1 << c32 == 0 (spill) at ./shift_huge_counts.go:20:21
./shift_huge_counts.go:20:21:     from ... argument (slice-literal-element) at ./shift_huge_counts.go:20:13
./shift_huge_counts.go:20:21:   flow: {heap} = {storage for ... argument}:
./shift_huge_counts.go:20:21:     from ... argument (spill) at ./shift_huge_counts.go:20:13
./shift_huge_counts.go:20:21:     from fmt.Println(... argument...) (call parameter) at ./shift_huge_counts.go:20:13
./shift_huge_counts.go:17:51: int8(x) >> n escapes to heap:
./shift_huge_counts.go:17:51:   flow: {storage for ... argument} = &{storage for int8(x) >> n}:
./shift_huge_counts.go:17:51:     from int8(x) >> n (spill) at ./shift_huge_counts.go:17:51
./shift_huge_counts.go:17:51:     from ... argument (slice-literal-element) at ./shift_huge_counts.go:17:14
./shift_huge_counts.go:17:51:   flow: {heap} = {storage for ... argument}:
./shift_huge_counts.go:17:51:     from ... argument (spill) at ./shift_huge_counts.go:17:14
./shift_huge_counts.go:17:51:     from fmt.Println(... argument...) (call parameter) at ./shift_huge_counts.go:17:14
./shift_huge_counts.go:17:39: uint16(x) << n escapes to heap:
./shift_huge_counts.go:17:39:   flow: {storage for ... argument} = &{storage for uint16(x) << n}:
./shift_huge_counts.go:17:39:     from uint16(x) << n (spill) at ./shift_huge_counts.go:17:39
./shift_huge_counts.go:17:39:     from ... argument (slice-literal-element) at ./shift_huge_counts.go:17:14
./shift_huge_counts.go:17:39:   flow: {heap} = {storage for ... argument}:
./shift_huge_counts.go:17:39:     from ... argument (spill) at ./shift_huge_counts.go:17:14
./shift_huge_counts.go:17:39:     from fmt.Println(... argument...) (call parameter) at ./shift_huge_counts.go:17:14
./shift_huge_counts.go:17:25: x >> n escapes to heap:
./shift_huge_counts.go:17:25:   flow: {storage for ... argument} = &{storage for x >> n}:
./shift_huge_counts.go:17:25:     from x >> n (spill) at ./shift_huge_counts.go:17:25
./shift_huge_counts.go:17:25:     from ... argument (slice-literal-element) at ./shift_huge_counts.go:17:14
./shift_huge_counts.go:17:25:   flow: {heap} = {storage for ... argument}:
./shift_huge_counts.go:17:25:     from ... argument (spill) at ./shift_huge_counts.go:17:14
./shift_huge_counts.go:17:25:     from fmt.Println(... argument...) (call parameter) at ./shift_huge_counts.go:17:14
./shift_huge_counts.go:17:19: x << n escapes to heap:
./shift_huge_counts.go:17:19:   flow: {storage for ... argument} = &{storage for x << n}:
./shift_huge_counts.go:17:19:     from x << n (spill) at ./shift_huge_counts.go:17:19
./shift_huge_counts.go:17:19:     from ... argument (slice-literal-element) at ./shift_huge_counts.go:17:14
./shift_huge_counts.go:17:19:   flow: {heap} = {storage for ... argument}:
./shift_huge_counts.go:17:19:     from ... argument (spill) at ./shift_huge_counts.go:17:14
./shift_huge_counts.go:17:19:     from fmt.Println(... argument...) (call parameter) at ./shift_huge_counts.go:17:14
./shift_huge_counts.go:17:14: n escapes to heap:
./shift_huge_counts.go:17:14:   flow: {storage for ... argument} = &{storage for n}:
./shift_huge_counts.go:17:14:     from n (spill) at ./shift_huge_counts.go:17:14
./shift_huge_counts.go:17:14:     from ... argument (slice-literal-element) at ./shift_huge_counts.go:17:14
./shift_huge_counts.go:17:14:   flow: {heap} = {storage for ... argument}:
./shift_huge_counts.go:17:14:     from ... argument (spill) at ./shift_huge_counts.go:17:14
./shift_huge_counts.go:17:14:     from fmt.Println(... argument...) (call parameter) at ./shift_huge_counts.go:17:14
./shift_huge_counts.go:12:71: u64 >> n escapes to heap:
./shift_huge_counts.go:12:71:   flow: {storage for ... argument} = &{storage for u64 >> n}:
./shift_huge_counts.go:12:71:     from u64 >> n (spill) at ./shift_huge_counts.go:12:71
./shift_huge_counts.go:12:71:     from ... argument (slice-literal-element) at ./shift_huge_counts.go:12:14
./shift_huge_counts.go:12:71:   flow: {heap} = {storage for ... argument}:
./shift_huge_counts.go:12:71:     from ... argument (spill) at ./shift_huge_counts.go:12:14
./shift_huge_counts.go:12:71:     from fmt.Println(... argument...) (call parameter) at ./shift_huge_counts.go:12:14
./shift_huge_counts.go:12:63: u64 << n escapes to heap:
./shift_huge_counts.go:12:63:   flow: {storage for ... argument} = &{storage for u64 << n}:
./shift_huge_counts.go:12:63:     from u64 << n (spill) at ./shift_huge_counts.go:12:63
./shift_huge_counts.go:12:63:     from ... argument (slice-literal-element) at ./shift_huge_counts.go:12:14
./shift_huge_counts.go:12:63:   flow: {heap} = {storage for ... argument}:
./shift_huge_counts.go:12:63:     from ... argument (spill) at ./shift_huge_counts.go:12:14
./shift_huge_counts.go:12:63:     from fmt.Println(... argument...) (call parameter) at ./shift_huge_counts.go:12:14
./shift_huge_counts.go:12:55: i32 >> n escapes to heap:
./shift_huge_counts.go:12:55:   flow: {storage for ... argument} = &{storage for i32 >> n}:
./shift_huge_counts.go:12:55:     from i32 >> n (spill) at ./shift_huge_counts.go:12:55
./shift_huge_counts.go:12:55:     from ... argument (slice-literal-element) at ./shift_huge_counts.go:12:14
./shift_huge_counts.go:12:55:   flow: {heap} = {storage for ... argument}:
./shift_huge_counts.go:12:55:     from ... argument (spill) at ./shift_huge_counts.go:12:14
./shift_huge_counts.go:12:55:     from fmt.Println(... argument...) (call parameter) at ./shift_huge_counts.go:12:14
./shift_huge_counts.go:12:47: i32 << n escapes to heap:
./shift_huge_counts.go:12:47:   flow: {storage for ... argument} = &{storage for i32 << n}:
./shift_huge_counts.go:12:47:     from i32 << n (spill) at ./shift_huge_counts.go:12:47
./shift_huge_counts.go:12:47:     from ... argument (slice-literal-element) at ./shift_huge_counts.go:12:14
./shift_huge_counts.go:12:47:   flow: {heap} = {storage for ... argument}:
./shift_huge_counts.go:12:47:     from ... argument (spill) at ./shift_huge_counts.go:12:14
./shift_huge_counts.go:12:47:     from fmt.Println(... argument...) (call parameter) at ./shift_huge_counts.go:12:14
./shift_huge_counts.go:12:39: u8 >> n escapes to heap:
./shift_huge_counts.go:12:39:   flow: {storage for ... argument} = &{storage for u8 >> n}:
./shift_huge_counts.go:12:39:     from u8 >> n (spill) at ./shift_huge_counts.go:12:39
./shift_huge_counts.go:12:39:     from ... argument (slice-literal-element) at ./shift_huge_counts.go:12:14
./shift_huge_counts.go:12:39:   flow: {heap} = {storage for ... argument}:
./shift_huge_counts.go:12:39:     from ... argument (spill) at ./shift_huge_counts.go:12:14
./shift_huge_counts.go:12:39:     from fmt.Println(... argument...) (call parameter) at ./shift_huge_counts.go:12:14
./shift_huge_counts.go:12:32: u8 << n escapes to heap:
./shift_huge_counts.go:12:32:   flow: {storage for ... argument} = &{storage for u8 << n}:
./shift_huge_counts.go:12:32:     from u8 << n (spill) at ./shift_huge_counts.go:12:32
./shift_huge_counts.go:12:32:     from ... argument (slice-literal-element) at ./shift_huge_counts.go:12:14
./shift_huge_counts.go:12:32:   flow: {heap} = {storage for ... argument}:
./shift_huge_counts.go:12:32:     from ... argument (spill) at ./shift_huge_counts.go:12:14
./shift_huge_counts.go:12:32:     from fmt.Println(... argument...) (call parameter) at ./shift_huge_counts.go:12:14
./shift_huge_counts.go:12:25: x >> n escapes to heap:
./shift_huge_counts.go:12:25:   flow: {storage for ... argument} = &{storage for x >> n}:
./shift_huge_counts.go:12:25:     from x >> n (spill) at ./shift_huge_counts.go:12:25
./shift_huge_counts.go:12:25:     from ... argument (slice-literal-element) at ./shift_huge_counts.go:12:14
./shift_huge_counts.go:12:25:   flow: {heap} = {storage for ... argument}:
./shift_huge_counts.go:12:25:     from ... argument (spill) at ./shift_huge_counts.go:12:14
./shift_huge_counts.go:12:25:     from fmt.Println(... argument...) (call parameter) at ./shift_huge_counts.go:12:14
./shift_huge_counts.go:12:19: x << n escapes to heap:
./shift_huge_counts.go:12:19:   flow: {storage for ... argument} = &{storage for x << n}:
./shift_huge_counts.go:12:19:     from x << n (spill) at ./shift_huge_counts.go:12:19
./shift_huge_counts.go:12:19:     from ... argument (slice-literal-element) at ./shift_huge_counts.go:12:14
./shift_huge_counts.go:12:19:   flow: {heap} = {storage for ... argument}:
./shift_huge_counts.go:12:19:     from ... argument (spill) at ./shift_huge_counts.go:12:14
./shift_huge_counts.go:12:19:     from fmt.Println(... argument...) (call parameter) at ./shift_huge_counts.go:12:14
./shift_huge_counts.go:12:14: n escapes to heap:
./shift_huge_counts.go:12:14:   flow: {storage for ... argument} = &{storage for n}:
./shift_huge_counts.go:12:14:     from n (spill) at ./shift_huge_counts.go:12:14
./shift_huge_counts.go:12:14:     from ... argument (slice-literal-element) at ./shift_huge_counts.go:12:14
./shift_huge_counts.go:12:14:   flow: {heap} = {storage for ... argument}:
./shift_huge_counts.go:12:14:     from ... argument (spill) at ./shift_huge_counts.go:12:14
./shift_huge_counts.go:12:14:     from fmt.Println(... argument...) (call parameter) at ./shift_huge_counts.go:12:14
./shift_huge_counts.go:6:20: []uint64{...} does not escape
./shift_huge_counts.go:12:14: ... argument does not escape
./shift_huge_counts.go:12:14: n escapes to heap
./shift_huge_counts.go:12:19: x << n escapes to heap
./shift_huge_counts.go:12:25: x >> n escapes to heap
./shift_huge_counts.go:12:32: u8 << n escapes to heap
./shift_huge_counts.go:12:39: u8 >> n escapes to heap
./shift_huge_counts.go:12:47: i32 << n escapes to heap
./shift_huge_counts.go:12:55: i32 >> n escapes to heap
./shift_huge_counts.go:12:63: u64 << n escapes to heap
./shift_huge_counts.go:12:71: u64 >> n escapes to heap
./shift_huge_counts.go:14:20: []int64{...} does not escape
./shift_huge_counts.go:17:14: ... argument does not escape
./shift_huge_counts.go:17:14: n escapes to heap
./shift_huge_counts.go:17:19: x << n escapes to heap
./shift_huge_counts.go:17:25: x >> n escapes to heap
./shift_huge_counts.go:17:39: uint16(x) << n escapes to heap
./shift_huge_counts.go:17:51: int8(x) >> n escapes to heap
./shift_huge_counts.go:20:13: ... argument does not escape
./shift_huge_counts.go:20:21: 1 << c32 == 0 escapes to heap
./shift_huge_counts.go:20:29: -1 >> c32 escapes to heap
./shift_huge_counts.go:23:13: ... argument does not escape
./shift_huge_counts.go:23:15: 7 << c16 escapes to heap
./shift_huge_counts.go:23:23: 7 << c8 escapes to heap
./shift_huge_counts.go:23:31: -7 >> c8 escapes to heap
