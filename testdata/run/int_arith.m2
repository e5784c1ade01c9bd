./int_arith.go:52:54: uint(1) << 63 >> 62 escapes to heap:
./int_arith.go:52:54:   flow: {storage for ... argument} = &{storage for uint(1) << 63 >> 62}:
./int_arith.go:52:54:     from uint(1) << 63 >> 62 (spill) at ./int_arith.go:52:54
./int_arith.go:52:54:     from ... argument (slice-literal-element) at ./int_arith.go:52:13
./int_arith.go:52:54:   flow: {heap} = {storage for ... argument}:
./int_arith.go:52:54:     from ... argument (spill) at ./int_arith.go:52:13
./int_arith.go:52:54:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:52:13
./int_arith.go:52:33: int8(-128) / int8(d) escapes to heap:
./int_arith.go:52:33:   flow: {storage for ... argument} = &{storage for int8(-128) / int8(d)}:
./int_arith.go:52:33:     from int8(-128) / int8(d) (spill) at ./int_arith.go:52:33
./int_arith.go:52:33:     from ... argument (slice-literal-element) at ./int_arith.go:52:13
./int_arith.go:52:33:   flow: {heap} = {storage for ... argument}:
./int_arith.go:52:33:     from ... argument (spill) at ./int_arith.go:52:13
./int_arith.go:52:33:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:52:13
./int_arith.go:52:14: -(-128) escapes to heap:
./int_arith.go:52:14:   flow: {storage for ... argument} = &{storage for -(-128)}:
./int_arith.go:52:14:     from -(-128) (spill) at ./int_arith.go:52:14
./int_arith.go:52:14:     from ... argument (slice-literal-element) at ./int_arith.go:52:13
./int_arith.go:52:14:   flow: {heap} = {storage for ... argument}:
./int_arith.go:52:14:     from ... argument (spill) at ./int_arith.go:52:13
./int_arith.go:52:14:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:52:13
./int_arith.go:51:66: int64(u64) escapes to heap:
./int_arith.go:51:66:   flow: {storage for ... argument} = &{storage for int64(u64)}:
./int_arith.go:51:66:     from int64(u64) (spill) at ./int_arith.go:51:66
./int_arith.go:51:66:     from ... argument (slice-literal-element) at ./int_arith.go:51:13
./int_arith.go:51:66:   flow: {heap} = {storage for ... argument}:
./int_arith.go:51:66:     from ... argument (spill) at ./int_arith.go:51:13
./int_arith.go:51:66:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:51:13
./int_arith.go:51:54: int32(u32) escapes to heap:
./int_arith.go:51:54:   flow: {storage for ... argument} = &{storage for int32(u32)}:
./int_arith.go:51:54:     from int32(u32) (spill) at ./int_arith.go:51:54
./int_arith.go:51:54:     from ... argument (slice-literal-element) at ./int_arith.go:51:13
./int_arith.go:51:54:   flow: {heap} = {storage for ... argument}:
./int_arith.go:51:54:     from ... argument (spill) at ./int_arith.go:51:13
./int_arith.go:51:54:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:51:13
./int_arith.go:51:42: int16(u16) escapes to heap:
./int_arith.go:51:42:   flow: {storage for ... argument} = &{storage for int16(u16)}:
./int_arith.go:51:42:     from int16(u16) (spill) at ./int_arith.go:51:42
./int_arith.go:51:42:     from ... argument (slice-literal-element) at ./int_arith.go:51:13
./int_arith.go:51:42:   flow: {heap} = {storage for ... argument}:
./int_arith.go:51:42:     from ... argument (spill) at ./int_arith.go:51:13
./int_arith.go:51:42:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:51:13
./int_arith.go:51:31: int8(u8) escapes to heap:
./int_arith.go:51:31:   flow: {storage for ... argument} = &{storage for int8(u8)}:
./int_arith.go:51:31:     from int8(u8) (spill) at ./int_arith.go:51:31
./int_arith.go:51:31:     from ... argument (slice-literal-element) at ./int_arith.go:51:13
./int_arith.go:51:31:   flow: {heap} = {storage for ... argument}:
./int_arith.go:51:31:     from ... argument (spill) at ./int_arith.go:51:13
./int_arith.go:51:31:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:51:13
./int_arith.go:51:23: uint8(a8) * 3 escapes to heap:
./int_arith.go:51:23:   flow: {storage for ... argument} = &{storage for uint8(a8) * 3}:
./int_arith.go:51:23:     from uint8(a8) * 3 (spill) at ./int_arith.go:51:23
./int_arith.go:51:23:     from ... argument (slice-literal-element) at ./int_arith.go:51:13
./int_arith.go:51:23:   flow: {heap} = {storage for ... argument}:
./int_arith.go:51:23:     from ... argument (spill) at ./int_arith.go:51:13
./int_arith.go:51:23:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:51:13
./int_arith.go:50:13: d escapes to heap:
./int_arith.go:50:13:   flow: {storage for ... argument} = &{storage for d}:
./int_arith.go:50:13:     from d (spill) at ./int_arith.go:50:13
./int_arith.go:50:13:     from ... argument (slice-literal-element) at ./int_arith.go:50:13
./int_arith.go:50:13:   flow: {heap} = {storage for ... argument}:
./int_arith.go:50:13:     from ... argument (spill) at ./int_arith.go:50:13
./int_arith.go:50:13:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:50:13
./int_arith.go:45:13: w escapes to heap:
./int_arith.go:45:13:   flow: {storage for ... argument} = &{storage for w}:
./int_arith.go:45:13:     from w (spill) at ./int_arith.go:45:13
./int_arith.go:45:13:     from ... argument (slice-literal-element) at ./int_arith.go:45:13
./int_arith.go:45:13:   flow: {heap} = {storage for ... argument}:
./int_arith.go:45:13:     from ... argument (spill) at ./int_arith.go:45:13
./int_arith.go:45:13:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:45:13
./int_arith.go:40:13: i escapes to heap:
./int_arith.go:40:13:   flow: {storage for ... argument} = &{storage for i}:
./int_arith.go:40:13:     from i (spill) at ./int_arith.go:40:13
./int_arith.go:40:13:     from ... argument (slice-literal-element) at ./int_arith.go:40:13
./int_arith.go:40:13:   flow: {heap} = {storage for ... argument}:
./int_arith.go:40:13:     from ... argument (spill) at ./int_arith.go:40:13
./int_arith.go:40:13:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:40:13
./int_arith.go:27:53: ^sx escapes to heap:
./int_arith.go:27:53:   flow: {storage for ... argument} = &{storage for ^sx}:
./int_arith.go:27:53:     from ^sx (spill) at ./int_arith.go:27:53
./int_arith.go:27:53:     from ... argument (slice-literal-element) at ./int_arith.go:27:13
./int_arith.go:27:53:   flow: {heap} = {storage for ... argument}:
./int_arith.go:27:53:     from ... argument (spill) at ./int_arith.go:27:13
./int_arith.go:27:53:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:27:13
./int_arith.go:27:43: sx &^ 0x1000 escapes to heap:
./int_arith.go:27:43:   flow: {storage for ... argument} = &{storage for sx &^ 0x1000}:
./int_arith.go:27:43:     from sx &^ 0x1000 (spill) at ./int_arith.go:27:43
./int_arith.go:27:43:     from ... argument (slice-literal-element) at ./int_arith.go:27:13
./int_arith.go:27:43:   flow: {heap} = {storage for ... argument}:
./int_arith.go:27:43:     from ... argument (spill) at ./int_arith.go:27:13
./int_arith.go:27:43:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:27:13
./int_arith.go:27:36: sx ^ -1 escapes to heap:
./int_arith.go:27:36:   flow: {storage for ... argument} = &{storage for sx ^ -1}:
./int_arith.go:27:36:     from sx ^ -1 (spill) at ./int_arith.go:27:36
./int_arith.go:27:36:     from ... argument (slice-literal-element) at ./int_arith.go:27:13
./int_arith.go:27:36:   flow: {heap} = {storage for ... argument}:
./int_arith.go:27:36:     from ... argument (spill) at ./int_arith.go:27:13
./int_arith.go:27:36:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:27:13
./int_arith.go:27:27: sx | 0x0F escapes to heap:
./int_arith.go:27:27:   flow: {storage for ... argument} = &{storage for sx | 0x0F}:
./int_arith.go:27:27:     from sx | 0x0F (spill) at ./int_arith.go:27:27
./int_arith.go:27:27:     from ... argument (slice-literal-element) at ./int_arith.go:27:13
./int_arith.go:27:27:   flow: {heap} = {storage for ... argument}:
./int_arith.go:27:27:     from ... argument (spill) at ./int_arith.go:27:13
./int_arith.go:27:27:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:27:13
./int_arith.go:27:16: sx & 0x0F0F escapes to heap:
./int_arith.go:27:16:   flow: {storage for ... argument} = &{storage for sx & 0x0F0F}:
./int_arith.go:27:16:     from sx & 0x0F0F (spill) at ./int_arith.go:27:16
./int_arith.go:27:16:     from ... argument (slice-literal-element) at ./int_arith.go:27:13
./int_arith.go:27:16:   flow: {heap} = {storage for ... argument}:
./int_arith.go:27:16:     from ... argument (spill) at ./int_arith.go:27:13
./int_arith.go:27:16:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:27:13
./int_arith.go:25:60: ^ux escapes to heap:
./int_arith.go:25:60:   flow: {storage for ... argument} = &{storage for ^ux}:
./int_arith.go:25:60:     from ^ux (spill) at ./int_arith.go:25:60
./int_arith.go:25:60:     from ... argument (slice-literal-element) at ./int_arith.go:25:13
./int_arith.go:25:60:   flow: {heap} = {storage for ... argument}:
./int_arith.go:25:60:     from ... argument (spill) at ./int_arith.go:25:13
./int_arith.go:25:60:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:25:13
./int_arith.go:25:46: ux &^ 0xF0000000 escapes to heap:
./int_arith.go:25:46:   flow: {storage for ... argument} = &{storage for ux &^ 0xF0000000}:
./int_arith.go:25:46:     from ux &^ 0xF0000000 (spill) at ./int_arith.go:25:46
./int_arith.go:25:46:     from ... argument (slice-literal-element) at ./int_arith.go:25:13
./int_arith.go:25:46:   flow: {heap} = {storage for ... argument}:
./int_arith.go:25:46:     from ... argument (spill) at ./int_arith.go:25:13
./int_arith.go:25:46:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:25:13
./int_arith.go:25:31: ux ^ 0xFFFFFFFF escapes to heap:
./int_arith.go:25:31:   flow: {storage for ... argument} = &{storage for ux ^ 0xFFFFFFFF}:
./int_arith.go:25:31:     from ux ^ 0xFFFFFFFF (spill) at ./int_arith.go:25:31
./int_arith.go:25:31:     from ... argument (slice-literal-element) at ./int_arith.go:25:13
./int_arith.go:25:31:   flow: {heap} = {storage for ... argument}:
./int_arith.go:25:31:     from ... argument (spill) at ./int_arith.go:25:13
./int_arith.go:25:31:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:25:13
./int_arith.go:25:25: ux | 1 escapes to heap:
./int_arith.go:25:25:   flow: {storage for ... argument} = &{storage for ux | 1}:
./int_arith.go:25:25:     from ux | 1 (spill) at ./int_arith.go:25:25
./int_arith.go:25:25:     from ... argument (slice-literal-element) at ./int_arith.go:25:13
./int_arith.go:25:25:   flow: {heap} = {storage for ... argument}:
./int_arith.go:25:25:     from ... argument (spill) at ./int_arith.go:25:13
./int_arith.go:25:25:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:25:13
./int_arith.go:25:16: ux & 0xFF escapes to heap:
./int_arith.go:25:16:   flow: {storage for ... argument} = &{storage for ux & 0xFF}:
./int_arith.go:25:16:     from ux & 0xFF (spill) at ./int_arith.go:25:16
./int_arith.go:25:16:     from ... argument (slice-literal-element) at ./int_arith.go:25:13
./int_arith.go:25:16:   flow: {heap} = {storage for ... argument}:
./int_arith.go:25:16:     from ... argument (spill) at ./int_arith.go:25:13
./int_arith.go:25:16:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:25:13
./int_arith.go:23:52: -x escapes to heap:
./int_arith.go:23:52:   flow: {storage for ... argument} = &{storage for -x}:
./int_arith.go:23:52:     from -x (spill) at ./int_arith.go:23:52
./int_arith.go:23:52:     from ... argument (slice-literal-element) at ./int_arith.go:23:13
./int_arith.go:23:52:   flow: {heap} = {storage for ... argument}:
./int_arith.go:23:52:     from ... argument (spill) at ./int_arith.go:23:13
./int_arith.go:23:52:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:23:13
./int_arith.go:23:48: ^x escapes to heap:
./int_arith.go:23:48:   flow: {storage for ... argument} = &{storage for ^x}:
./int_arith.go:23:48:     from ^x (spill) at ./int_arith.go:23:48
./int_arith.go:23:48:     from ... argument (slice-literal-element) at ./int_arith.go:23:13
./int_arith.go:23:48:   flow: {heap} = {storage for ... argument}:
./int_arith.go:23:48:     from ... argument (spill) at ./int_arith.go:23:13
./int_arith.go:23:48:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:23:13
./int_arith.go:23:40: x &^ 0x0F escapes to heap:
./int_arith.go:23:40:   flow: {storage for ... argument} = &{storage for x &^ 0x0F}:
./int_arith.go:23:40:     from x &^ 0x0F (spill) at ./int_arith.go:23:40
./int_arith.go:23:40:     from ... argument (slice-literal-element) at ./int_arith.go:23:13
./int_arith.go:23:40:   flow: {heap} = {storage for ... argument}:
./int_arith.go:23:40:     from ... argument (spill) at ./int_arith.go:23:13
./int_arith.go:23:40:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:23:13
./int_arith.go:23:32: x ^ 0xAA escapes to heap:
./int_arith.go:23:32:   flow: {storage for ... argument} = &{storage for x ^ 0xAA}:
./int_arith.go:23:32:     from x ^ 0xAA (spill) at ./int_arith.go:23:32
./int_arith.go:23:32:     from ... argument (slice-literal-element) at ./int_arith.go:23:13
./int_arith.go:23:32:   flow: {heap} = {storage for ... argument}:
./int_arith.go:23:32:     from ... argument (spill) at ./int_arith.go:23:13
./int_arith.go:23:32:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:23:13
./int_arith.go:23:23: x | 0x100 escapes to heap:
./int_arith.go:23:23:   flow: {storage for ... argument} = &{storage for x | 0x100}:
./int_arith.go:23:23:     from x | 0x100 (spill) at ./int_arith.go:23:23
./int_arith.go:23:23:     from ... argument (slice-literal-element) at ./int_arith.go:23:13
./int_arith.go:23:23:   flow: {heap} = {storage for ... argument}:
./int_arith.go:23:23:     from ... argument (spill) at ./int_arith.go:23:13
./int_arith.go:23:23:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:23:13
./int_arith.go:23:15: x & 0x0F escapes to heap:
./int_arith.go:23:15:   flow: {storage for ... argument} = &{storage for x & 0x0F}:
./int_arith.go:23:15:     from x & 0x0F (spill) at ./int_arith.go:23:15
./int_arith.go:23:15:     from ... argument (slice-literal-element) at ./int_arith.go:23:13
./int_arith.go:23:15:   flow: {heap} = {storage for ... argument}:
./int_arith.go:23:15:     from ... argument (spill) at ./int_arith.go:23:13
./int_arith.go:23:15:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:23:13
./int_arith.go:21:35: u64 - 18000000000000000001 escapes to heap:
./int_arith.go:21:35:   flow: {storage for ... argument} = &{storage for u64 - 18000000000000000001}:
./int_arith.go:21:35:     from u64 - 18000000000000000001 (spill) at ./int_arith.go:21:35
./int_arith.go:21:35:     from ... argument (slice-literal-element) at ./int_arith.go:21:13
./int_arith.go:21:35:   flow: {heap} = {storage for ... argument}:
./int_arith.go:21:35:     from ... argument (spill) at ./int_arith.go:21:13
./int_arith.go:21:35:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:21:13
./int_arith.go:21:26: u64 * u64 escapes to heap:
./int_arith.go:21:26:   flow: {storage for ... argument} = &{storage for u64 * u64}:
./int_arith.go:21:26:     from u64 * u64 (spill) at ./int_arith.go:21:26
./int_arith.go:21:26:     from ... argument (slice-literal-element) at ./int_arith.go:21:13
./int_arith.go:21:26:   flow: {heap} = {storage for ... argument}:
./int_arith.go:21:26:     from ... argument (spill) at ./int_arith.go:21:13
./int_arith.go:21:26:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:21:13
./int_arith.go:21:17: u64 + u64 escapes to heap:
./int_arith.go:21:17:   flow: {storage for ... argument} = &{storage for u64 + u64}:
./int_arith.go:21:17:     from u64 + u64 (spill) at ./int_arith.go:21:17
./int_arith.go:21:17:     from ... argument (slice-literal-element) at ./int_arith.go:21:13
./int_arith.go:21:17:   flow: {heap} = {storage for ... argument}:
./int_arith.go:21:17:     from ... argument (spill) at ./int_arith.go:21:13
./int_arith.go:21:17:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:21:13
./int_arith.go:20:35: u32 - 4000000001 escapes to heap:
./int_arith.go:20:35:   flow: {storage for ... argument} = &{storage for u32 - 4000000001}:
./int_arith.go:20:35:     from u32 - 4000000001 (spill) at ./int_arith.go:20:35
./int_arith.go:20:35:     from ... argument (slice-literal-element) at ./int_arith.go:20:13
./int_arith.go:20:35:   flow: {heap} = {storage for ... argument}:
./int_arith.go:20:35:     from ... argument (spill) at ./int_arith.go:20:13
./int_arith.go:20:35:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:20:13
./int_arith.go:20:26: u32 * u32 escapes to heap:
./int_arith.go:20:26:   flow: {storage for ... argument} = &{storage for u32 * u32}:
./int_arith.go:20:26:     from u32 * u32 (spill) at ./int_arith.go:20:26
./int_arith.go:20:26:     from ... argument (slice-literal-element) at ./int_arith.go:20:13
./int_arith.go:20:26:   flow: {heap} = {storage for ... argument}:
./int_arith.go:20:26:     from ... argument (spill) at ./int_arith.go:20:13
./int_arith.go:20:26:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:20:13
./int_arith.go:20:17: u32 + u32 escapes to heap:
./int_arith.go:20:17:   flow: {storage for ... argument} = &{storage for u32 + u32}:
./int_arith.go:20:17:     from u32 + u32 (spill) at ./int_arith.go:20:17
./int_arith.go:20:17:     from ... argument (slice-literal-element) at ./int_arith.go:20:13
./int_arith.go:20:17:   flow: {heap} = {storage for ... argument}:
./int_arith.go:20:17:     from ... argument (spill) at ./int_arith.go:20:13
./int_arith.go:20:17:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:20:13
./int_arith.go:19:35: u16 - 60001 escapes to heap:
./int_arith.go:19:35:   flow: {storage for ... argument} = &{storage for u16 - 60001}:
./int_arith.go:19:35:     from u16 - 60001 (spill) at ./int_arith.go:19:35
./int_arith.go:19:35:     from ... argument (slice-literal-element) at ./int_arith.go:19:13
./int_arith.go:19:35:   flow: {heap} = {storage for ... argument}:
./int_arith.go:19:35:     from ... argument (spill) at ./int_arith.go:19:13
./int_arith.go:19:35:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:19:13
./int_arith.go:19:26: u16 * u16 escapes to heap:
./int_arith.go:19:26:   flow: {storage for ... argument} = &{storage for u16 * u16}:
./int_arith.go:19:26:     from u16 * u16 (spill) at ./int_arith.go:19:26
./int_arith.go:19:26:     from ... argument (slice-literal-element) at ./int_arith.go:19:13
./int_arith.go:19:26:   flow: {heap} = {storage for ... argument}:
./int_arith.go:19:26:     from ... argument (spill) at ./int_arith.go:19:13
./int_arith.go:19:26:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:19:13
./int_arith.go:19:17: u16 + u16 escapes to heap:
./int_arith.go:19:17:   flow: {storage for ... argument} = &{storage for u16 + u16}:
./int_arith.go:19:17:     from u16 + u16 (spill) at ./int_arith.go:19:17
./int_arith.go:19:17:     from ... argument (slice-literal-element) at ./int_arith.go:19:13
./int_arith.go:19:17:   flow: {heap} = {storage for ... argument}:
./int_arith.go:19:17:     from ... argument (spill) at ./int_arith.go:19:13
./int_arith.go:19:17:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:19:13
./int_arith.go:18:40: u8 * 2 / 2 escapes to heap:
./int_arith.go:18:40:   flow: {storage for ... argument} = &{storage for u8 * 2 / 2}:
./int_arith.go:18:40:     from u8 * 2 / 2 (spill) at ./int_arith.go:18:40
./int_arith.go:18:40:     from ... argument (slice-literal-element) at ./int_arith.go:18:13
./int_arith.go:18:40:   flow: {heap} = {storage for ... argument}:
./int_arith.go:18:40:     from ... argument (spill) at ./int_arith.go:18:13
./int_arith.go:18:40:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:18:13
./int_arith.go:18:30: u8 - 201 escapes to heap:
./int_arith.go:18:30:   flow: {storage for ... argument} = &{storage for u8 - 201}:
./int_arith.go:18:30:     from u8 - 201 (spill) at ./int_arith.go:18:30
./int_arith.go:18:30:     from ... argument (slice-literal-element) at ./int_arith.go:18:13
./int_arith.go:18:30:   flow: {heap} = {storage for ... argument}:
./int_arith.go:18:30:     from ... argument (spill) at ./int_arith.go:18:13
./int_arith.go:18:30:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:18:13
./int_arith.go:18:23: u8 * u8 escapes to heap:
./int_arith.go:18:23:   flow: {storage for ... argument} = &{storage for u8 * u8}:
./int_arith.go:18:23:     from u8 * u8 (spill) at ./int_arith.go:18:23
./int_arith.go:18:23:     from ... argument (slice-literal-element) at ./int_arith.go:18:13
./int_arith.go:18:23:   flow: {heap} = {storage for ... argument}:
./int_arith.go:18:23:     from ... argument (spill) at ./int_arith.go:18:13
./int_arith.go:18:23:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:18:13
./int_arith.go:18:16: u8 + u8 escapes to heap:
./int_arith.go:18:16:   flow: {storage for ... argument} = &{storage for u8 + u8}:
./int_arith.go:18:16:     from u8 + u8 (spill) at ./int_arith.go:18:16
./int_arith.go:18:16:     from ... argument (slice-literal-element) at ./int_arith.go:18:13
./int_arith.go:18:16:   flow: {heap} = {storage for ... argument}:
./int_arith.go:18:16:     from ... argument (spill) at ./int_arith.go:18:13
./int_arith.go:18:16:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:18:13
./int_arith.go:13:37: a64 * 2 / 2 escapes to heap:
./int_arith.go:13:37:   flow: {storage for ... argument} = &{storage for a64 * 2 / 2}:
./int_arith.go:13:37:     from a64 * 2 / 2 (spill) at ./int_arith.go:13:37
./int_arith.go:13:37:     from ... argument (slice-literal-element) at ./int_arith.go:13:13
./int_arith.go:13:37:   flow: {heap} = {storage for ... argument}:
./int_arith.go:13:37:     from ... argument (spill) at ./int_arith.go:13:13
./int_arith.go:13:37:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:13:13
./int_arith.go:13:26: a64 * b64 escapes to heap:
./int_arith.go:13:26:   flow: {storage for ... argument} = &{storage for a64 * b64}:
./int_arith.go:13:26:     from a64 * b64 (spill) at ./int_arith.go:13:26
./int_arith.go:13:26:     from ... argument (slice-literal-element) at ./int_arith.go:13:13
./int_arith.go:13:26:   flow: {heap} = {storage for ... argument}:
./int_arith.go:13:26:     from ... argument (spill) at ./int_arith.go:13:13
./int_arith.go:13:26:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:13:13
./int_arith.go:13:17: a64 + b64 escapes to heap:
./int_arith.go:13:17:   flow: {storage for ... argument} = &{storage for a64 + b64}:
./int_arith.go:13:17:     from a64 + b64 (spill) at ./int_arith.go:13:17
./int_arith.go:13:17:     from ... argument (slice-literal-element) at ./int_arith.go:13:13
./int_arith.go:13:17:   flow: {heap} = {storage for ... argument}:
./int_arith.go:13:17:     from ... argument (spill) at ./int_arith.go:13:13
./int_arith.go:13:17:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:13:13
./int_arith.go:12:37: a32 * 2 / 2 escapes to heap:
./int_arith.go:12:37:   flow: {storage for ... argument} = &{storage for a32 * 2 / 2}:
./int_arith.go:12:37:     from a32 * 2 / 2 (spill) at ./int_arith.go:12:37
./int_arith.go:12:37:     from ... argument (slice-literal-element) at ./int_arith.go:12:13
./int_arith.go:12:37:   flow: {heap} = {storage for ... argument}:
./int_arith.go:12:37:     from ... argument (spill) at ./int_arith.go:12:13
./int_arith.go:12:37:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:12:13
./int_arith.go:12:26: a32 * b32 escapes to heap:
./int_arith.go:12:26:   flow: {storage for ... argument} = &{storage for a32 * b32}:
./int_arith.go:12:26:     from a32 * b32 (spill) at ./int_arith.go:12:26
./int_arith.go:12:26:     from ... argument (slice-literal-element) at ./int_arith.go:12:13
./int_arith.go:12:26:   flow: {heap} = {storage for ... argument}:
./int_arith.go:12:26:     from ... argument (spill) at ./int_arith.go:12:13
./int_arith.go:12:26:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:12:13
./int_arith.go:12:17: a32 + b32 escapes to heap:
./int_arith.go:12:17:   flow: {storage for ... argument} = &{storage for a32 + b32}:
./int_arith.go:12:17:     from a32 + b32 (spill) at ./int_arith.go:12:17
./int_arith.go:12:17:     from ... argument (slice-literal-element) at ./int_arith.go:12:13
./int_arith.go:12:17:   flow: {heap} = {storage for ... argument}:
./int_arith.go:12:17:     from ... argument (spill) at ./int_arith.go:12:13
./int_arith.go:12:17:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:12:13
./int_arith.go:11:37: a16 * 4 / 4 escapes to heap:
./int_arith.go:11:37:   flow: {storage for ... argument} = &{storage for a16 * 4 / 4}:
./int_arith.go:11:37:     from a16 * 4 / 4 (spill) at ./int_arith.go:11:37
./int_arith.go:11:37:     from ... argument (slice-literal-element) at ./int_arith.go:11:13
./int_arith.go:11:37:   flow: {heap} = {storage for ... argument}:
./int_arith.go:11:37:     from ... argument (spill) at ./int_arith.go:11:13
./int_arith.go:11:37:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:11:13
./int_arith.go:11:26: a16 * b16 escapes to heap:
./int_arith.go:11:26:   flow: {storage for ... argument} = &{storage for a16 * b16}:
./int_arith.go:11:26:     from a16 * b16 (spill) at ./int_arith.go:11:26
./int_arith.go:11:26:     from ... argument (slice-literal-element) at ./int_arith.go:11:13
./int_arith.go:11:26:   flow: {heap} = {storage for ... argument}:
./int_arith.go:11:26:     from ... argument (spill) at ./int_arith.go:11:13
./int_arith.go:11:26:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:11:13
./int_arith.go:11:17: a16 + b16 escapes to heap:
./int_arith.go:11:17:   flow: {storage for ... argument} = &{storage for a16 + b16}:
./int_arith.go:11:17:     from a16 + b16 (spill) at ./int_arith.go:11:17
./int_arith.go:11:17:     from ... argument (slice-literal-element) at ./int_arith.go:11:13
./int_arith.go:11:17:   flow: {heap} = {storage for ... argument}:
./int_arith.go:11:17:     from ... argument (spill) at ./int_arith.go:11:13
./int_arith.go:11:17:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:11:13
./int_arith.go:10:43: a8 * 3 / 2 escapes to heap:
./int_arith.go:10:43:   flow: {storage for ... argument} = &{storage for a8 * 3 / 2}:
./int_arith.go:10:43:     from a8 * 3 / 2 (spill) at ./int_arith.go:10:43
./int_arith.go:10:43:     from ... argument (slice-literal-element) at ./int_arith.go:10:13
./int_arith.go:10:43:   flow: {heap} = {storage for ... argument}:
./int_arith.go:10:43:     from ... argument (spill) at ./int_arith.go:10:13
./int_arith.go:10:43:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:10:13
./int_arith.go:10:34: -a8 - b8 - b8 escapes to heap:
./int_arith.go:10:34:   flow: {storage for ... argument} = &{storage for -a8 - b8 - b8}:
./int_arith.go:10:34:     from -a8 - b8 - b8 (spill) at ./int_arith.go:10:34
./int_arith.go:10:34:     from ... argument (slice-literal-element) at ./int_arith.go:10:13
./int_arith.go:10:34:   flow: {heap} = {storage for ... argument}:
./int_arith.go:10:34:     from ... argument (spill) at ./int_arith.go:10:13
./int_arith.go:10:34:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:10:13
./int_arith.go:10:23: a8 * b8 escapes to heap:
./int_arith.go:10:23:   flow: {storage for ... argument} = &{storage for a8 * b8}:
./int_arith.go:10:23:     from a8 * b8 (spill) at ./int_arith.go:10:23
./int_arith.go:10:23:     from ... argument (slice-literal-element) at ./int_arith.go:10:13
./int_arith.go:10:23:   flow: {heap} = {storage for ... argument}:
./int_arith.go:10:23:     from ... argument (spill) at ./int_arith.go:10:13
./int_arith.go:10:23:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:10:13
./int_arith.go:10:16: a8 + b8 escapes to heap:
./int_arith.go:10:16:   flow: {storage for ... argument} = &{storage for a8 + b8}:
./int_arith.go:10:16:     from a8 + b8 (spill) at ./int_arith.go:10:16
./int_arith.go:10:16:     from ... argument (slice-literal-element) at ./int_arith.go:10:13
./int_arith.go:10:16:   flow: {heap} = {storage for ... argument}:
./int_arith.go:10:16:     from ... argument (spill) at ./int_arith.go:10:13
./int_arith.go:10:16:     from fmt.Println(... argument...) (call parameter) at ./int_arith.go:10:13
./int_arith.go:10:13: ... argument does not escape
./int_arith.go:10:16: a8 + b8 escapes to heap
./int_arith.go:10:23: a8 * b8 escapes to heap
./int_arith.go:10:34: -a8 - b8 - b8 escapes to heap
./int_arith.go:10:43: a8 * 3 / 2 escapes to heap
./int_arith.go:11:13: ... argument does not escape
./int_arith.go:11:17: a16 + b16 escapes to heap
./int_arith.go:11:26: a16 * b16 escapes to heap
./int_arith.go:11:37: a16 * 4 / 4 escapes to heap
./int_arith.go:12:13: ... argument does not escape
./int_arith.go:12:17: a32 + b32 escapes to heap
./int_arith.go:12:26: a32 * b32 escapes to heap
./int_arith.go:12:37: a32 * 2 / 2 escapes to heap
./int_arith.go:13:13: ... argument does not escape
./int_arith.go:13:17: a64 + b64 escapes to heap
./int_arith.go:13:26: a64 * b64 escapes to heap
./int_arith.go:13:37: a64 * 2 / 2 escapes to heap
./int_arith.go:18:13: ... argument does not escape
./int_arith.go:18:16: u8 + u8 escapes to heap
./int_arith.go:18:23: u8 * u8 escapes to heap
./int_arith.go:18:30: u8 - 201 escapes to heap
./int_arith.go:18:40: u8 * 2 / 2 escapes to heap
./int_arith.go:19:13: ... argument does not escape
./int_arith.go:19:17: u16 + u16 escapes to heap
./int_arith.go:19:26: u16 * u16 escapes to heap
./int_arith.go:19:35: u16 - 60001 escapes to heap
./int_arith.go:20:13: ... argument does not escape
./int_arith.go:20:17: u32 + u32 escapes to heap
./int_arith.go:20:26: u32 * u32 escapes to heap
./int_arith.go:20:35: u32 - 4000000001 escapes to heap
./int_arith.go:21:13: ... argument does not escape
./int_arith.go:21:17: u64 + u64 escapes to heap
./int_arith.go:21:26: u64 * u64 escapes to heap
./int_arith.go:21:35: u64 - 18000000000000000001 escapes to heap
./int_arith.go:23:13: ... argument does not escape
./int_arith.go:23:15: x & 0x0F escapes to heap
./int_arith.go:23:23: x | 0x100 escapes to heap
./int_arith.go:23:32: x ^ 0xAA escapes to heap
./int_arith.go:23:40: x &^ 0x0F escapes to heap
./int_arith.go:23:48: ^x escapes to heap
./int_arith.go:23:52: -x escapes to heap
./int_arith.go:25:13: ... argument does not escape
./int_arith.go:25:16: ux & 0xFF escapes to heap
./int_arith.go:25:25: ux | 1 escapes to heap
./int_arith.go:25:31: ux ^ 0xFFFFFFFF escapes to heap
./int_arith.go:25:46: ux &^ 0xF0000000 escapes to heap
./int_arith.go:25:60: ^ux escapes to heap
./int_arith.go:27:13: ... argument does not escape
./int_arith.go:27:16: sx & 0x0F0F escapes to heap
./int_arith.go:27:27: sx | 0x0F escapes to heap
./int_arith.go:27:36: sx ^ -1 escapes to heap
./int_arith.go:27:43: sx &^ 0x1000 escapes to heap
./int_arith.go:27:53: ^sx escapes to heap
./int_arith.go:40:13: ... argument does not escape
./int_arith.go:40:13: i escapes to heap
./int_arith.go:45:13: ... argument does not escape
./int_arith.go:45:13: w escapes to heap
./int_arith.go:50:13: ... argument does not escape
./int_arith.go:50:13: d escapes to heap
./int_arith.go:51:13: ... argument does not escape
./int_arith.go:51:23: uint8(a8) * 3 escapes to heap
./int_arith.go:51:31: int8(u8) escapes to heap
./int_arith.go:51:42: int16(u16) escapes to heap
./int_arith.go:51:54: int32(u32) escapes to heap
./int_arith.go:51:66: int64(u64) escapes to heap
./int_arith.go:52:13: ... argument does not escape
./int_arith.go:52:14: -(-128) escapes to heap
./int_arith.go:52:33: int8(-128) / int8(d) escapes to heap
./int_arith.go:52:54: uint(1) << 63 >> 62 escapes to heap
