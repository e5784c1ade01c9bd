./int_conv.go:32:103: uint32(i * 1000000000) escapes to heap:
./int_conv.go:32:103:   flow: {storage for ... argument} = &{storage for uint32(i * 1000000000)}:
./int_conv.go:32:103:     from uint32(i * 1000000000) (spill) at ./int_conv.go:32:103
./int_conv.go:32:103:     from ... argument (slice-literal-element) at ./int_conv.go:32:14
./int_conv.go:32:103:   flow: {heap} = {storage for ... argument}:
./int_conv.go:32:103:     from ... argument (spill) at ./int_conv.go:32:14
./int_conv.go:32:103:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:32:14
./int_conv.go:32:81: int32(i * 1000000000) escapes to heap:
./int_conv.go:32:81:   flow: {storage for ... argument} = &{storage for int32(i * 1000000000)}:
./int_conv.go:32:81:     from int32(i * 1000000000) (spill) at ./int_conv.go:32:81
./int_conv.go:32:81:     from ... argument (slice-literal-element) at ./int_conv.go:32:14
./int_conv.go:32:81:   flow: {heap} = {storage for ... argument}:
./int_conv.go:32:81:     from ... argument (spill) at ./int_conv.go:32:14
./int_conv.go:32:81:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:32:14
./int_conv.go:32:65: uint16(i * 20000) escapes to heap:
./int_conv.go:32:65:   flow: {storage for ... argument} = &{storage for uint16(i * 20000)}:
./int_conv.go:32:65:     from uint16(i * 20000) (spill) at ./int_conv.go:32:65
./int_conv.go:32:65:     from ... argument (slice-literal-element) at ./int_conv.go:32:14
./int_conv.go:32:65:   flow: {heap} = {storage for ... argument}:
./int_conv.go:32:65:     from ... argument (spill) at ./int_conv.go:32:14
./int_conv.go:32:65:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:32:14
./int_conv.go:32:48: int16(i * 20000) escapes to heap:
./int_conv.go:32:48:   flow: {storage for ... argument} = &{storage for int16(i * 20000)}:
./int_conv.go:32:48:     from int16(i * 20000) (spill) at ./int_conv.go:32:48
./int_conv.go:32:48:     from ... argument (slice-literal-element) at ./int_conv.go:32:14
./int_conv.go:32:48:   flow: {heap} = {storage for ... argument}:
./int_conv.go:32:48:     from ... argument (spill) at ./int_conv.go:32:14
./int_conv.go:32:48:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:32:14
./int_conv.go:32:35: uint8(i * 50) escapes to heap:
./int_conv.go:32:35:   flow: {storage for ... argument} = &{storage for uint8(i * 50)}:
./int_conv.go:32:35:     from uint8(i * 50) (spill) at ./int_conv.go:32:35
./int_conv.go:32:35:     from ... argument (slice-literal-element) at ./int_conv.go:32:14
./int_conv.go:32:35:   flow: {heap} = {storage for ... argument}:
./int_conv.go:32:35:     from ... argument (spill) at ./int_conv.go:32:14
./int_conv.go:32:35:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:32:14
./int_conv.go:32:22: int8(i * 50) escapes to heap:
./int_conv.go:32:22:   flow: {storage for ... argument} = &{storage for int8(i * 50)}:
./int_conv.go:32:22:     from int8(i * 50) (spill) at ./int_conv.go:32:22
./int_conv.go:32:22:     from ... argument (slice-literal-element) at ./int_conv.go:32:14
./int_conv.go:32:22:   flow: {heap} = {storage for ... argument}:
./int_conv.go:32:22:     from ... argument (spill) at ./int_conv.go:32:14
./int_conv.go:32:22:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:32:14
./int_conv.go:32:14: i escapes to heap:
./int_conv.go:32:14:   flow: {storage for ... argument} = &{storage for i}:
./int_conv.go:32:14:     from i (spill) at ./int_conv.go:32:14
./int_conv.go:32:14:     from ... argument (slice-literal-element) at ./int_conv.go:32:14
./int_conv.go:32:14:   flow: {heap} = {storage for ... argument}:
./int_conv.go:32:14:     from ... argument (spill) at ./int_conv.go:32:14
./int_conv.go:32:14:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:32:14
./int_conv.go:30:46: uintptr(int(up) - 20000) escapes to heap:
./int_conv.go:30:46:   flow: {storage for ... argument} = &{storage for uintptr(int(up) - 20000)}:
./int_conv.go:30:46:     from uintptr(int(up) - 20000) (spill) at ./int_conv.go:30:46
./int_conv.go:30:46:     from ... argument (slice-literal-element) at ./int_conv.go:30:13
./int_conv.go:30:46:   flow: {heap} = {storage for ... argument}:
./int_conv.go:30:46:     from ... argument (spill) at ./int_conv.go:30:13
./int_conv.go:30:46:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:30:13
./int_conv.go:30:31: int(up) - 20000 escapes to heap:
./int_conv.go:30:31:   flow: {storage for ... argument} = &{storage for int(up) - 20000}:
./int_conv.go:30:31:     from int(up) - 20000 (spill) at ./int_conv.go:30:31
./int_conv.go:30:31:     from ... argument (slice-literal-element) at ./int_conv.go:30:13
./int_conv.go:30:31:   flow: {heap} = {storage for ... argument}:
./int_conv.go:30:31:     from ... argument (spill) at ./int_conv.go:30:13
./int_conv.go:30:31:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:30:13
./int_conv.go:30:20: up * 3 escapes to heap:
./int_conv.go:30:20:   flow: {storage for ... argument} = &{storage for up * 3}:
./int_conv.go:30:20:     from up * 3 (spill) at ./int_conv.go:30:20
./int_conv.go:30:20:     from ... argument (slice-literal-element) at ./int_conv.go:30:13
./int_conv.go:30:20:   flow: {heap} = {storage for ... argument}:
./int_conv.go:30:20:     from ... argument (spill) at ./int_conv.go:30:13
./int_conv.go:30:20:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:30:13
./int_conv.go:30:13: up escapes to heap:
./int_conv.go:30:13:   flow: {storage for ... argument} = &{storage for up}:
./int_conv.go:30:13:     from up (spill) at ./int_conv.go:30:13
./int_conv.go:30:13:     from ... argument (slice-literal-element) at ./int_conv.go:30:13
./int_conv.go:30:13:   flow: {heap} = {storage for ... argument}:
./int_conv.go:30:13:     from ... argument (spill) at ./int_conv.go:30:13
./int_conv.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:30:13
./int_conv.go:28:58: rune(by) + 1 escapes to heap:
./int_conv.go:28:58:   flow: {storage for ... argument} = &{storage for rune(by) + 1}:
./int_conv.go:28:58:     from rune(by) + 1 (spill) at ./int_conv.go:28:58
./int_conv.go:28:58:     from ... argument (slice-literal-element) at ./int_conv.go:28:13
./int_conv.go:28:58:   flow: {heap} = {storage for ... argument}:
./int_conv.go:28:58:     from ... argument (spill) at ./int_conv.go:28:13
./int_conv.go:28:58:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:28:13
./int_conv.go:28:38: string(rune(by)) escapes to heap:
./int_conv.go:28:38:   flow: {storage for ... argument} = &{storage for string(rune(by))}:
./int_conv.go:28:38:     from string(rune(by)) (spill) at ./int_conv.go:28:38
./int_conv.go:28:38:     from ... argument (slice-literal-element) at ./int_conv.go:28:13
./int_conv.go:28:38:   flow: {heap} = {storage for ... argument}:
./int_conv.go:28:38:     from ... argument (spill) at ./int_conv.go:28:13
./int_conv.go:28:38:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:28:13
./int_conv.go:28:27: string(r) escapes to heap:
./int_conv.go:28:27:   flow: {storage for ... argument} = &{storage for string(r)}:
./int_conv.go:28:27:     from string(r) (spill) at ./int_conv.go:28:27
./int_conv.go:28:27:     from ... argument (slice-literal-element) at ./int_conv.go:28:13
./int_conv.go:28:27:   flow: {heap} = {storage for ... argument}:
./int_conv.go:28:27:     from ... argument (spill) at ./int_conv.go:28:13
./int_conv.go:28:27:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:28:13
./int_conv.go:28:13: by escapes to heap:
./int_conv.go:28:13:   flow: {storage for ... argument} = &{storage for by}:
./int_conv.go:28:13:     from by (spill) at ./int_conv.go:28:13
./int_conv.go:28:13:     from ... argument (slice-literal-element) at ./int_conv.go:28:13
./int_conv.go:28:13:   flow: {heap} = {storage for ... argument}:
./int_conv.go:28:13:     from ... argument (spill) at ./int_conv.go:28:13
./int_conv.go:28:13:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:28:13
./int_conv.go:28:13: r escapes to heap:
./int_conv.go:28:13:   flow: {storage for ... argument} = &{storage for r}:
./int_conv.go:28:13:     from r (spill) at ./int_conv.go:28:13
./int_conv.go:28:13:     from ... argument (slice-literal-element) at ./int_conv.go:28:13
./int_conv.go:28:13:   flow: {heap} = {storage for ... argument}:
./int_conv.go:28:13:     from ... argument (spill) at ./int_conv.go:28:13
./int_conv.go:28:13:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:28:13
./int_conv.go:25:57: (-i64 - 1) % -1 escapes to heap:
./int_conv.go:25:57:   flow: {storage for ... argument} = &{storage for (-i64 - 1) % -1}:
./int_conv.go:25:57:     from (-i64 - 1) % -1 (spill) at ./int_conv.go:25:57
./int_conv.go:25:57:     from ... argument (slice-literal-element) at ./int_conv.go:25:13
./int_conv.go:25:57:   flow: {heap} = {storage for ... argument}:
./int_conv.go:25:57:     from ... argument (spill) at ./int_conv.go:25:13
./int_conv.go:25:57:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:25:13
./int_conv.go:25:44: (-i64 - 1) / -1 escapes to heap:
./int_conv.go:25:44:   flow: {storage for ... argument} = &{storage for (-i64 - 1) / -1}:
./int_conv.go:25:44:     from (-i64 - 1) / -1 (spill) at ./int_conv.go:25:44
./int_conv.go:25:44:     from ... argument (slice-literal-element) at ./int_conv.go:25:13
./int_conv.go:25:44:   flow: {heap} = {storage for ... argument}:
./int_conv.go:25:44:     from ... argument (spill) at ./int_conv.go:25:13
./int_conv.go:25:44:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:25:13
./int_conv.go:25:32: -i64 - 1 escapes to heap:
./int_conv.go:25:32:   flow: {storage for ... argument} = &{storage for -i64 - 1}:
./int_conv.go:25:32:     from -i64 - 1 (spill) at ./int_conv.go:25:32
./int_conv.go:25:32:     from ... argument (slice-literal-element) at ./int_conv.go:25:13
./int_conv.go:25:32:   flow: {heap} = {storage for ... argument}:
./int_conv.go:25:32:     from ... argument (spill) at ./int_conv.go:25:13
./int_conv.go:25:32:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:25:13
./int_conv.go:25:24: i64 * 2 escapes to heap:
./int_conv.go:25:24:   flow: {storage for ... argument} = &{storage for i64 * 2}:
./int_conv.go:25:24:     from i64 * 2 (spill) at ./int_conv.go:25:24
./int_conv.go:25:24:     from ... argument (slice-literal-element) at ./int_conv.go:25:13
./int_conv.go:25:24:   flow: {heap} = {storage for ... argument}:
./int_conv.go:25:24:     from ... argument (spill) at ./int_conv.go:25:13
./int_conv.go:25:24:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:25:13
./int_conv.go:25:17: i64 + 1 escapes to heap:
./int_conv.go:25:17:   flow: {storage for ... argument} = &{storage for i64 + 1}:
./int_conv.go:25:17:     from i64 + 1 (spill) at ./int_conv.go:25:17
./int_conv.go:25:17:     from ... argument (slice-literal-element) at ./int_conv.go:25:13
./int_conv.go:25:17:   flow: {heap} = {storage for ... argument}:
./int_conv.go:25:17:     from ... argument (spill) at ./int_conv.go:25:13
./int_conv.go:25:17:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:25:13
./int_conv.go:23:35: ^u escapes to heap:
./int_conv.go:23:35:   flow: {storage for ... argument} = &{storage for ^u}:
./int_conv.go:23:35:     from ^u (spill) at ./int_conv.go:23:35
./int_conv.go:23:35:     from ... argument (slice-literal-element) at ./int_conv.go:23:13
./int_conv.go:23:35:   flow: {heap} = {storage for ... argument}:
./int_conv.go:23:35:     from ... argument (spill) at ./int_conv.go:23:13
./int_conv.go:23:35:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:23:13
./int_conv.go:23:29: u >> 31 escapes to heap:
./int_conv.go:23:29:   flow: {storage for ... argument} = &{storage for u >> 31}:
./int_conv.go:23:29:     from u >> 31 (spill) at ./int_conv.go:23:29
./int_conv.go:23:29:     from ... argument (slice-literal-element) at ./int_conv.go:23:13
./int_conv.go:23:29:   flow: {heap} = {storage for ... argument}:
./int_conv.go:23:29:     from ... argument (spill) at ./int_conv.go:23:13
./int_conv.go:23:29:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:23:13
./int_conv.go:23:23: u << 1 escapes to heap:
./int_conv.go:23:23:   flow: {storage for ... argument} = &{storage for u << 1}:
./int_conv.go:23:23:     from u << 1 (spill) at ./int_conv.go:23:23
./int_conv.go:23:23:     from ... argument (slice-literal-element) at ./int_conv.go:23:13
./int_conv.go:23:23:   flow: {heap} = {storage for ... argument}:
./int_conv.go:23:23:     from ... argument (spill) at ./int_conv.go:23:13
./int_conv.go:23:23:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:23:13
./int_conv.go:23:18: u * 2 escapes to heap:
./int_conv.go:23:18:   flow: {storage for ... argument} = &{storage for u * 2}:
./int_conv.go:23:18:     from u * 2 (spill) at ./int_conv.go:23:18
./int_conv.go:23:18:     from ... argument (slice-literal-element) at ./int_conv.go:23:13
./int_conv.go:23:18:   flow: {heap} = {storage for ... argument}:
./int_conv.go:23:18:     from ... argument (spill) at ./int_conv.go:23:13
./int_conv.go:23:18:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:23:13
./int_conv.go:23:13: u escapes to heap:
./int_conv.go:23:13:   flow: {storage for ... argument} = &{storage for u}:
./int_conv.go:23:13:     from u (spill) at ./int_conv.go:23:13
./int_conv.go:23:13:     from ... argument (slice-literal-element) at ./int_conv.go:23:13
./int_conv.go:23:13:   flow: {heap} = {storage for ... argument}:
./int_conv.go:23:13:     from ... argument (spill) at ./int_conv.go:23:13
./int_conv.go:23:13:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:23:13
./int_conv.go:21:29: w >> 1 escapes to heap:
./int_conv.go:21:29:   flow: {storage for ... argument} = &{storage for w >> 1}:
./int_conv.go:21:29:     from w >> 1 (spill) at ./int_conv.go:21:29
./int_conv.go:21:29:     from ... argument (slice-literal-element) at ./int_conv.go:21:13
./int_conv.go:21:29:   flow: {heap} = {storage for ... argument}:
./int_conv.go:21:29:     from ... argument (spill) at ./int_conv.go:21:13
./int_conv.go:21:29:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:21:13
./int_conv.go:21:22: w << 15 escapes to heap:
./int_conv.go:21:22:   flow: {storage for ... argument} = &{storage for w << 15}:
./int_conv.go:21:22:     from w << 15 (spill) at ./int_conv.go:21:22
./int_conv.go:21:22:     from ... argument (slice-literal-element) at ./int_conv.go:21:13
./int_conv.go:21:22:   flow: {heap} = {storage for ... argument}:
./int_conv.go:21:22:     from ... argument (spill) at ./int_conv.go:21:13
./int_conv.go:21:22:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:21:13
./int_conv.go:21:17: ^w escapes to heap:
./int_conv.go:21:17:   flow: {storage for ... argument} = &{storage for ^w}:
./int_conv.go:21:17:     from ^w (spill) at ./int_conv.go:21:17
./int_conv.go:21:17:     from ... argument (slice-literal-element) at ./int_conv.go:21:13
./int_conv.go:21:17:   flow: {heap} = {storage for ... argument}:
./int_conv.go:21:17:     from ... argument (spill) at ./int_conv.go:21:13
./int_conv.go:21:17:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:21:13
./int_conv.go:21:13: w escapes to heap:
./int_conv.go:21:13:   flow: {storage for ... argument} = &{storage for w}:
./int_conv.go:21:13:     from w (spill) at ./int_conv.go:21:13
./int_conv.go:21:13:     from ... argument (slice-literal-element) at ./int_conv.go:21:13
./int_conv.go:21:13:   flow: {heap} = {storage for ... argument}:
./int_conv.go:21:13:     from ... argument (spill) at ./int_conv.go:21:13
./int_conv.go:21:13:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:21:13
./int_conv.go:18:26: -z escapes to heap:
./int_conv.go:18:26:   flow: {storage for ... argument} = &{storage for -z}:
./int_conv.go:18:26:     from -z (spill) at ./int_conv.go:18:26
./int_conv.go:18:26:     from ... argument (slice-literal-element) at ./int_conv.go:18:13
./int_conv.go:18:26:   flow: {heap} = {storage for ... argument}:
./int_conv.go:18:26:     from ... argument (spill) at ./int_conv.go:18:13
./int_conv.go:18:26:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:18:13
./int_conv.go:18:22: ^z escapes to heap:
./int_conv.go:18:22:   flow: {storage for ... argument} = &{storage for ^z}:
./int_conv.go:18:22:     from ^z (spill) at ./int_conv.go:18:22
./int_conv.go:18:22:     from ... argument (slice-literal-element) at ./int_conv.go:18:13
./int_conv.go:18:22:   flow: {heap} = {storage for ... argument}:
./int_conv.go:18:22:     from ... argument (spill) at ./int_conv.go:18:13
./int_conv.go:18:22:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:18:13
./int_conv.go:18:18: z - 1 escapes to heap:
./int_conv.go:18:18:   flow: {storage for ... argument} = &{storage for z - 1}:
./int_conv.go:18:18:     from z - 1 (spill) at ./int_conv.go:18:18
./int_conv.go:18:18:     from ... argument (slice-literal-element) at ./int_conv.go:18:13
./int_conv.go:18:18:   flow: {heap} = {storage for ... argument}:
./int_conv.go:18:18:     from ... argument (spill) at ./int_conv.go:18:13
./int_conv.go:18:18:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:18:13
./int_conv.go:18:13: z escapes to heap:
./int_conv.go:18:13:   flow: {storage for ... argument} = &{storage for z}:
./int_conv.go:18:13:     from z (spill) at ./int_conv.go:18:13
./int_conv.go:18:13:     from ... argument (slice-literal-element) at ./int_conv.go:18:13
./int_conv.go:18:13:   flow: {heap} = {storage for ... argument}:
./int_conv.go:18:13:     from ... argument (spill) at ./int_conv.go:18:13
./int_conv.go:18:13:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:18:13
./int_conv.go:15:61: uint16(y) escapes to heap:
./int_conv.go:15:61:   flow: {storage for ... argument} = &{storage for uint16(y)}:
./int_conv.go:15:61:     from uint16(y) (spill) at ./int_conv.go:15:61
./int_conv.go:15:61:     from ... argument (slice-literal-element) at ./int_conv.go:15:13
./int_conv.go:15:61:   flow: {heap} = {storage for ... argument}:
./int_conv.go:15:61:     from ... argument (spill) at ./int_conv.go:15:13
./int_conv.go:15:61:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:15:13
./int_conv.go:15:50: uint8(y) escapes to heap:
./int_conv.go:15:50:   flow: {storage for ... argument} = &{storage for uint8(y)}:
./int_conv.go:15:50:     from uint8(y) (spill) at ./int_conv.go:15:50
./int_conv.go:15:50:     from ... argument (slice-literal-element) at ./int_conv.go:15:13
./int_conv.go:15:50:   flow: {heap} = {storage for ... argument}:
./int_conv.go:15:50:     from ... argument (spill) at ./int_conv.go:15:13
./int_conv.go:15:50:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:15:13
./int_conv.go:15:40: int16(y) escapes to heap:
./int_conv.go:15:40:   flow: {storage for ... argument} = &{storage for int16(y)}:
./int_conv.go:15:40:     from int16(y) (spill) at ./int_conv.go:15:40
./int_conv.go:15:40:     from ... argument (slice-literal-element) at ./int_conv.go:15:13
./int_conv.go:15:40:   flow: {heap} = {storage for ... argument}:
./int_conv.go:15:40:     from ... argument (spill) at ./int_conv.go:15:13
./int_conv.go:15:40:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:15:13
./int_conv.go:15:30: y % -1 escapes to heap:
./int_conv.go:15:30:   flow: {storage for ... argument} = &{storage for y % -1}:
./int_conv.go:15:30:     from y % -1 (spill) at ./int_conv.go:15:30
./int_conv.go:15:30:     from ... argument (slice-literal-element) at ./int_conv.go:15:13
./int_conv.go:15:30:   flow: {heap} = {storage for ... argument}:
./int_conv.go:15:30:     from ... argument (spill) at ./int_conv.go:15:13
./int_conv.go:15:30:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:15:13
./int_conv.go:15:24: y / -1 escapes to heap:
./int_conv.go:15:24:   flow: {storage for ... argument} = &{storage for y / -1}:
./int_conv.go:15:24:     from y / -1 (spill) at ./int_conv.go:15:24
./int_conv.go:15:24:     from ... argument (slice-literal-element) at ./int_conv.go:15:13
./int_conv.go:15:24:   flow: {heap} = {storage for ... argument}:
./int_conv.go:15:24:     from ... argument (spill) at ./int_conv.go:15:13
./int_conv.go:15:24:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:15:13
./int_conv.go:15:19: y - 1 escapes to heap:
./int_conv.go:15:19:   flow: {storage for ... argument} = &{storage for y - 1}:
./int_conv.go:15:19:     from y - 1 (spill) at ./int_conv.go:15:19
./int_conv.go:15:19:     from ... argument (slice-literal-element) at ./int_conv.go:15:13
./int_conv.go:15:19:   flow: {heap} = {storage for ... argument}:
./int_conv.go:15:19:     from ... argument (spill) at ./int_conv.go:15:13
./int_conv.go:15:19:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:15:13
./int_conv.go:15:14: -y escapes to heap:
./int_conv.go:15:14:   flow: {storage for ... argument} = &{storage for -y}:
./int_conv.go:15:14:     from -y (spill) at ./int_conv.go:15:14
./int_conv.go:15:14:     from ... argument (slice-literal-element) at ./int_conv.go:15:13
./int_conv.go:15:14:   flow: {heap} = {storage for ... argument}:
./int_conv.go:15:14:     from ... argument (spill) at ./int_conv.go:15:13
./int_conv.go:15:14:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:15:13
./int_conv.go:13:47: uint32(x) escapes to heap:
./int_conv.go:13:47:   flow: {storage for ... argument} = &{storage for uint32(x)}:
./int_conv.go:13:47:     from uint32(x) (spill) at ./int_conv.go:13:47
./int_conv.go:13:47:     from ... argument (slice-literal-element) at ./int_conv.go:13:13
./int_conv.go:13:47:   flow: {heap} = {storage for ... argument}:
./int_conv.go:13:47:     from ... argument (spill) at ./int_conv.go:13:13
./int_conv.go:13:47:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:13:13
./int_conv.go:13:37: int64(x) * 2 escapes to heap:
./int_conv.go:13:37:   flow: {storage for ... argument} = &{storage for int64(x) * 2}:
./int_conv.go:13:37:     from int64(x) * 2 (spill) at ./int_conv.go:13:37
./int_conv.go:13:37:     from ... argument (slice-literal-element) at ./int_conv.go:13:13
./int_conv.go:13:37:   flow: {heap} = {storage for ... argument}:
./int_conv.go:13:37:     from ... argument (spill) at ./int_conv.go:13:13
./int_conv.go:13:37:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:13:13
./int_conv.go:13:24: x / -1 escapes to heap:
./int_conv.go:13:24:   flow: {storage for ... argument} = &{storage for x / -1}:
./int_conv.go:13:24:     from x / -1 (spill) at ./int_conv.go:13:24
./int_conv.go:13:24:     from ... argument (slice-literal-element) at ./int_conv.go:13:13
./int_conv.go:13:24:   flow: {heap} = {storage for ... argument}:
./int_conv.go:13:24:     from ... argument (spill) at ./int_conv.go:13:13
./int_conv.go:13:24:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:13:13
./int_conv.go:13:19: x - 1 escapes to heap:
./int_conv.go:13:19:   flow: {storage for ... argument} = &{storage for x - 1}:
./int_conv.go:13:19:     from x - 1 (spill) at ./int_conv.go:13:19
./int_conv.go:13:19:     from ... argument (slice-literal-element) at ./int_conv.go:13:13
./int_conv.go:13:19:   flow: {heap} = {storage for ... argument}:
./int_conv.go:13:19:     from ... argument (spill) at ./int_conv.go:13:13
./int_conv.go:13:19:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:13:13
./int_conv.go:13:14: -x escapes to heap:
./int_conv.go:13:14:   flow: {storage for ... argument} = &{storage for -x}:
./int_conv.go:13:14:     from -x (spill) at ./int_conv.go:13:14
./int_conv.go:13:14:     from ... argument (slice-literal-element) at ./int_conv.go:13:13
./int_conv.go:13:14:   flow: {heap} = {storage for ... argument}:
./int_conv.go:13:14:     from ... argument (spill) at ./int_conv.go:13:13
./int_conv.go:13:14:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:13:13
./int_conv.go:11:88: int(c) escapes to heap:
./int_conv.go:11:88:   flow: {storage for ... argument} = &{storage for int(c)}:
./int_conv.go:11:88:     from int(c) (spill) at ./int_conv.go:11:88
./int_conv.go:11:88:     from ... argument (slice-literal-element) at ./int_conv.go:11:13
./int_conv.go:11:88:   flow: {heap} = {storage for ... argument}:
./int_conv.go:11:88:     from ... argument (spill) at ./int_conv.go:11:13
./int_conv.go:11:88:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:11:13
./int_conv.go:11:80: int64(c) escapes to heap:
./int_conv.go:11:80:   flow: {storage for ... argument} = &{storage for int64(c)}:
./int_conv.go:11:80:     from int64(c) (spill) at ./int_conv.go:11:80
./int_conv.go:11:80:     from ... argument (slice-literal-element) at ./int_conv.go:11:13
./int_conv.go:11:80:   flow: {heap} = {storage for ... argument}:
./int_conv.go:11:80:     from ... argument (spill) at ./int_conv.go:11:13
./int_conv.go:11:80:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:11:13
./int_conv.go:11:70: uint32(c) escapes to heap:
./int_conv.go:11:70:   flow: {storage for ... argument} = &{storage for uint32(c)}:
./int_conv.go:11:70:     from uint32(c) (spill) at ./int_conv.go:11:70
./int_conv.go:11:70:     from ... argument (slice-literal-element) at ./int_conv.go:11:13
./int_conv.go:11:70:   flow: {heap} = {storage for ... argument}:
./int_conv.go:11:70:     from ... argument (spill) at ./int_conv.go:11:13
./int_conv.go:11:70:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:11:13
./int_conv.go:11:59: int32(c) escapes to heap:
./int_conv.go:11:59:   flow: {storage for ... argument} = &{storage for int32(c)}:
./int_conv.go:11:59:     from int32(c) (spill) at ./int_conv.go:11:59
./int_conv.go:11:59:     from ... argument (slice-literal-element) at ./int_conv.go:11:13
./int_conv.go:11:59:   flow: {heap} = {storage for ... argument}:
./int_conv.go:11:59:     from ... argument (spill) at ./int_conv.go:11:13
./int_conv.go:11:59:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:11:13
./int_conv.go:11:49: uint16(c) escapes to heap:
./int_conv.go:11:49:   flow: {storage for ... argument} = &{storage for uint16(c)}:
./int_conv.go:11:49:     from uint16(c) (spill) at ./int_conv.go:11:49
./int_conv.go:11:49:     from ... argument (slice-literal-element) at ./int_conv.go:11:13
./int_conv.go:11:49:   flow: {heap} = {storage for ... argument}:
./int_conv.go:11:49:     from ... argument (spill) at ./int_conv.go:11:13
./int_conv.go:11:49:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:11:13
./int_conv.go:11:38: int16(c) escapes to heap:
./int_conv.go:11:38:   flow: {storage for ... argument} = &{storage for int16(c)}:
./int_conv.go:11:38:     from int16(c) (spill) at ./int_conv.go:11:38
./int_conv.go:11:38:     from ... argument (slice-literal-element) at ./int_conv.go:11:13
./int_conv.go:11:38:   flow: {heap} = {storage for ... argument}:
./int_conv.go:11:38:     from ... argument (spill) at ./int_conv.go:11:13
./int_conv.go:11:38:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:11:13
./int_conv.go:11:28: uint8(c) escapes to heap:
./int_conv.go:11:28:   flow: {storage for ... argument} = &{storage for uint8(c)}:
./int_conv.go:11:28:     from uint8(c) (spill) at ./int_conv.go:11:28
./int_conv.go:11:28:     from ... argument (slice-literal-element) at ./int_conv.go:11:13
./int_conv.go:11:28:   flow: {heap} = {storage for ... argument}:
./int_conv.go:11:28:     from ... argument (spill) at ./int_conv.go:11:13
./int_conv.go:11:28:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:11:13
./int_conv.go:11:18: int8(c) escapes to heap:
./int_conv.go:11:18:   flow: {storage for ... argument} = &{storage for int8(c)}:
./int_conv.go:11:18:     from int8(c) (spill) at ./int_conv.go:11:18
./int_conv.go:11:18:     from ... argument (slice-literal-element) at ./int_conv.go:11:13
./int_conv.go:11:18:   flow: {heap} = {storage for ... argument}:
./int_conv.go:11:18:     from ... argument (spill) at ./int_conv.go:11:13
./int_conv.go:11:18:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:11:13
./int_conv.go:10:90: uint(b) escapes to heap:
./int_conv.go:10:90:   flow: {storage for ... argument} = &{storage for uint(b)}:
./int_conv.go:10:90:     from uint(b) (spill) at ./int_conv.go:10:90
./int_conv.go:10:90:     from ... argument (slice-literal-element) at ./int_conv.go:10:13
./int_conv.go:10:90:   flow: {heap} = {storage for ... argument}:
./int_conv.go:10:90:     from ... argument (spill) at ./int_conv.go:10:13
./int_conv.go:10:90:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:10:13
./int_conv.go:10:81: uint64(b) escapes to heap:
./int_conv.go:10:81:   flow: {storage for ... argument} = &{storage for uint64(b)}:
./int_conv.go:10:81:     from uint64(b) (spill) at ./int_conv.go:10:81
./int_conv.go:10:81:     from ... argument (slice-literal-element) at ./int_conv.go:10:13
./int_conv.go:10:81:   flow: {heap} = {storage for ... argument}:
./int_conv.go:10:81:     from ... argument (spill) at ./int_conv.go:10:13
./int_conv.go:10:81:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:10:13
./int_conv.go:10:70: uint32(b) escapes to heap:
./int_conv.go:10:70:   flow: {storage for ... argument} = &{storage for uint32(b)}:
./int_conv.go:10:70:     from uint32(b) (spill) at ./int_conv.go:10:70
./int_conv.go:10:70:     from ... argument (slice-literal-element) at ./int_conv.go:10:13
./int_conv.go:10:70:   flow: {heap} = {storage for ... argument}:
./int_conv.go:10:70:     from ... argument (spill) at ./int_conv.go:10:13
./int_conv.go:10:70:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:10:13
./int_conv.go:10:59: int32(b) escapes to heap:
./int_conv.go:10:59:   flow: {storage for ... argument} = &{storage for int32(b)}:
./int_conv.go:10:59:     from int32(b) (spill) at ./int_conv.go:10:59
./int_conv.go:10:59:     from ... argument (slice-literal-element) at ./int_conv.go:10:13
./int_conv.go:10:59:   flow: {heap} = {storage for ... argument}:
./int_conv.go:10:59:     from ... argument (spill) at ./int_conv.go:10:13
./int_conv.go:10:59:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:10:13
./int_conv.go:10:49: uint16(b) escapes to heap:
./int_conv.go:10:49:   flow: {storage for ... argument} = &{storage for uint16(b)}:
./int_conv.go:10:49:     from uint16(b) (spill) at ./int_conv.go:10:49
./int_conv.go:10:49:     from ... argument (slice-literal-element) at ./int_conv.go:10:13
./int_conv.go:10:49:   flow: {heap} = {storage for ... argument}:
./int_conv.go:10:49:     from ... argument (spill) at ./int_conv.go:10:13
./int_conv.go:10:49:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:10:13
./int_conv.go:10:38: int16(b) escapes to heap:
./int_conv.go:10:38:   flow: {storage for ... argument} = &{storage for int16(b)}:
./int_conv.go:10:38:     from int16(b) (spill) at ./int_conv.go:10:38
./int_conv.go:10:38:     from ... argument (slice-literal-element) at ./int_conv.go:10:13
./int_conv.go:10:38:   flow: {heap} = {storage for ... argument}:
./int_conv.go:10:38:     from ... argument (spill) at ./int_conv.go:10:13
./int_conv.go:10:38:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:10:13
./int_conv.go:10:28: uint8(b) escapes to heap:
./int_conv.go:10:28:   flow: {storage for ... argument} = &{storage for uint8(b)}:
./int_conv.go:10:28:     from uint8(b) (spill) at ./int_conv.go:10:28
./int_conv.go:10:28:     from ... argument (slice-literal-element) at ./int_conv.go:10:13
./int_conv.go:10:28:   flow: {heap} = {storage for ... argument}:
./int_conv.go:10:28:     from ... argument (spill) at ./int_conv.go:10:13
./int_conv.go:10:28:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:10:13
./int_conv.go:10:18: int8(b) escapes to heap:
./int_conv.go:10:18:   flow: {storage for ... argument} = &{storage for int8(b)}:
./int_conv.go:10:18:     from int8(b) (spill) at ./int_conv.go:10:18
./int_conv.go:10:18:     from ... argument (slice-literal-element) at ./int_conv.go:10:13
./int_conv.go:10:18:   flow: {heap} = {storage for ... argument}:
./int_conv.go:10:18:     from ... argument (spill) at ./int_conv.go:10:13
./int_conv.go:10:18:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:10:13
./int_conv.go:9:78: uint32(b) escapes to heap:
./int_conv.go:9:78:   flow: {storage for ... argument} = &{storage for uint32(b)}:
./int_conv.go:9:78:     from uint32(b) (spill) at ./int_conv.go:9:78
./int_conv.go:9:78:     from ... argument (slice-literal-element) at ./int_conv.go:9:13
./int_conv.go:9:78:   flow: {heap} = {storage for ... argument}:
./int_conv.go:9:78:     from ... argument (spill) at ./int_conv.go:9:13
./int_conv.go:9:78:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:9:13
./int_conv.go:9:67: int32(a) escapes to heap:
./int_conv.go:9:67:   flow: {storage for ... argument} = &{storage for int32(a)}:
./int_conv.go:9:67:     from int32(a) (spill) at ./int_conv.go:9:67
./int_conv.go:9:67:     from ... argument (slice-literal-element) at ./int_conv.go:9:13
./int_conv.go:9:67:   flow: {heap} = {storage for ... argument}:
./int_conv.go:9:67:     from ... argument (spill) at ./int_conv.go:9:13
./int_conv.go:9:67:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:9:13
./int_conv.go:9:53: uint16(a * 300) escapes to heap:
./int_conv.go:9:53:   flow: {storage for ... argument} = &{storage for uint16(a * 300)}:
./int_conv.go:9:53:     from uint16(a * 300) (spill) at ./int_conv.go:9:53
./int_conv.go:9:53:     from ... argument (slice-literal-element) at ./int_conv.go:9:13
./int_conv.go:9:53:   flow: {heap} = {storage for ... argument}:
./int_conv.go:9:53:     from ... argument (spill) at ./int_conv.go:9:13
./int_conv.go:9:53:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:9:13
./int_conv.go:9:38: int16(a * 300) escapes to heap:
./int_conv.go:9:38:   flow: {storage for ... argument} = &{storage for int16(a * 300)}:
./int_conv.go:9:38:     from int16(a * 300) (spill) at ./int_conv.go:9:38
./int_conv.go:9:38:     from ... argument (slice-literal-element) at ./int_conv.go:9:13
./int_conv.go:9:38:   flow: {heap} = {storage for ... argument}:
./int_conv.go:9:38:     from ... argument (spill) at ./int_conv.go:9:13
./int_conv.go:9:38:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:9:13
./int_conv.go:9:28: uint8(a) escapes to heap:
./int_conv.go:9:28:   flow: {storage for ... argument} = &{storage for uint8(a)}:
./int_conv.go:9:28:     from uint8(a) (spill) at ./int_conv.go:9:28
./int_conv.go:9:28:     from ... argument (slice-literal-element) at ./int_conv.go:9:13
./int_conv.go:9:28:   flow: {heap} = {storage for ... argument}:
./int_conv.go:9:28:     from ... argument (spill) at ./int_conv.go:9:13
./int_conv.go:9:28:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:9:13
./int_conv.go:9:18: int8(a) escapes to heap:
./int_conv.go:9:18:   flow: {storage for ... argument} = &{storage for int8(a)}:
./int_conv.go:9:18:     from int8(a) (spill) at ./int_conv.go:9:18
./int_conv.go:9:18:     from ... argument (slice-literal-element) at ./int_conv.go:9:13
./int_conv.go:9:18:   flow: {heap} = {storage for ... argument}:
./int_conv.go:9:18:     from ... argument (spill) at ./int_conv.go:9:13
./int_conv.go:9:18:     from fmt.Println(... argument...) (call parameter) at ./int_conv.go:9:13
./int_conv.go:28:38: string(rune(by)) escapes to heap:
./int_conv.go:28:38:   flow: {storage for string(rune(by))} = &{storage for string(rune(by))}:
./int_conv.go:28:38:     from string(rune(by)) (spill) at ./int_conv.go:28:38
./int_conv.go:28:38:     from string(rune(by)) (interface-converted) at ./int_conv.go:28:38
./int_conv.go:28:27: string(r) escapes to heap:
./int_conv.go:28:27:   flow: {storage for string(r)} = &{storage for string(r)}:
./int_conv.go:28:27:     from string(r) (spill) at ./int_conv.go:28:27
./int_conv.go:28:27:     from string(r) (interface-converted) at ./int_conv.go:28:27
./int_conv.go:9:13: ... argument does not escape
./int_conv.go:9:18: int8(a) escapes to heap
./int_conv.go:9:28: uint8(a) escapes to heap
./int_conv.go:9:38: int16(a * 300) escapes to heap
./int_conv.go:9:53: uint16(a * 300) escapes to heap
./int_conv.go:9:67: int32(a) escapes to heap
./int_conv.go:9:78: uint32(b) escapes to heap
./int_conv.go:10:13: ... argument does not escape
./int_conv.go:10:18: int8(b) escapes to heap
./int_conv.go:10:28: uint8(b) escapes to heap
./int_conv.go:10:38: int16(b) escapes to heap
./int_conv.go:10:49: uint16(b) escapes to heap
./int_conv.go:10:59: int32(b) escapes to heap
./int_conv.go:10:70: uint32(b) escapes to heap
./int_conv.go:10:81: uint64(b) escapes to heap
./int_conv.go:10:90: uint(b) escapes to heap
./int_conv.go:11:13: ... argument does not escape
./int_conv.go:11:18: int8(c) escapes to heap
./int_conv.go:11:28: uint8(c) escapes to heap
./int_conv.go:11:38: int16(c) escapes to heap
./int_conv.go:11:49: uint16(c) escapes to heap
./int_conv.go:11:59: int32(c) escapes to heap
./int_conv.go:11:70: uint32(c) escapes to heap
./int_conv.go:11:80: int64(c) escapes to heap
./int_conv.go:11:88: int(c) escapes to heap
./int_conv.go:13:13: ... argument does not escape
./int_conv.go:13:14: -x escapes to heap
./int_conv.go:13:19: x - 1 escapes to heap
./int_conv.go:13:24: x / -1 escapes to heap
./int_conv.go:13:37: int64(x) * 2 escapes to heap
./int_conv.go:13:47: uint32(x) escapes to heap
./int_conv.go:15:13: ... argument does not escape
./int_conv.go:15:14: -y escapes to heap
./int_conv.go:15:19: y - 1 escapes to heap
./int_conv.go:15:24: y / -1 escapes to heap
./int_conv.go:15:30: y % -1 escapes to heap
./int_conv.go:15:40: int16(y) escapes to heap
./int_conv.go:15:50: uint8(y) escapes to heap
./int_conv.go:15:61: uint16(y) escapes to heap
./int_conv.go:18:13: ... argument does not escape
./int_conv.go:18:13: z escapes to heap
./int_conv.go:18:18: z - 1 escapes to heap
./int_conv.go:18:22: ^z escapes to heap
./int_conv.go:18:26: -z escapes to heap
./int_conv.go:21:13: ... argument does not escape
./int_conv.go:21:13: w escapes to heap
./int_conv.go:21:17: ^w escapes to heap
./int_conv.go:21:22: w << 15 escapes to heap
./int_conv.go:21:29: w >> 1 escapes to heap
./int_conv.go:23:13: ... argument does not escape
./int_conv.go:23:13: u escapes to heap
./int_conv.go:23:18: u * 2 escapes to heap
./int_conv.go:23:23: u << 1 escapes to heap
./int_conv.go:23:29: u >> 31 escapes to heap
./int_conv.go:23:35: ^u escapes to heap
./int_conv.go:25:13: ... argument does not escape
./int_conv.go:25:17: i64 + 1 escapes to heap
./int_conv.go:25:24: i64 * 2 escapes to heap
./int_conv.go:25:32: -i64 - 1 escapes to heap
./int_conv.go:25:44: (-i64 - 1) / -1 escapes to heap
./int_conv.go:25:57: (-i64 - 1) % -1 escapes to heap
./int_conv.go:28:13: ... argument does not escape
./int_conv.go:28:13: r escapes to heap
./int_conv.go:28:13: by escapes to heap
./int_conv.go:28:27: string(r) escapes to heap
./int_conv.go:28:27: string(r) escapes to heap
./int_conv.go:28:38: string(rune(by)) escapes to heap
./int_conv.go:28:38: string(rune(by)) escapes to heap
./int_conv.go:28:58: rune(by) + 1 escapes to heap
./int_conv.go:30:13: ... argument does not escape
./int_conv.go:30:13: up escapes to heap
./int_conv.go:30:20: up * 3 escapes to heap
./int_conv.go:30:31: int(up) - 20000 escapes to heap
./int_conv.go:30:46: uintptr(int(up) - 20000) escapes to heap
./int_conv.go:32:14: ... argument does not escape
./int_conv.go:32:14: i escapes to heap
./int_conv.go:32:22: int8(i * 50) escapes to heap
./int_conv.go:32:35: uint8(i * 50) escapes to heap
./int_conv.go:32:48: int16(i * 20000) escapes to heap
./int_conv.go:32:65: uint16(i * 20000) escapes to heap
./int_conv.go:32:81: int32(i * 1000000000) escapes to heap
./int_conv.go:32:103: uint32(i * 1000000000) escapes to heap
