./consts_iota.go:60:46: 1_000_000 escapes to heap:
./consts_iota.go:60:46:   flow: {storage for ... argument} = &{storage for 1_000_000}:
./consts_iota.go:60:46:     from 1_000_000 (spill) at ./consts_iota.go:60:46
./consts_iota.go:60:46:     from ... argument (slice-literal-element) at ./consts_iota.go:60:13
./consts_iota.go:60:46:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:60:46:     from ... argument (spill) at ./consts_iota.go:60:13
./consts_iota.go:60:46:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:60:13
./consts_iota.go:60:40: 0o17 escapes to heap:
./consts_iota.go:60:40:   flow: {storage for ... argument} = &{storage for 0o17}:
./consts_iota.go:60:40:     from 0o17 (spill) at ./consts_iota.go:60:40
./consts_iota.go:60:40:     from ... argument (slice-literal-element) at ./consts_iota.go:60:13
./consts_iota.go:60:40:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:60:40:     from ... argument (spill) at ./consts_iota.go:60:13
./consts_iota.go:60:40:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:60:13
./consts_iota.go:60:33: 0b101 escapes to heap:
./consts_iota.go:60:33:   flow: {storage for ... argument} = &{storage for 0b101}:
./consts_iota.go:60:33:     from 0b101 (spill) at ./consts_iota.go:60:33
./consts_iota.go:60:33:     from ... argument (slice-literal-element) at ./consts_iota.go:60:13
./consts_iota.go:60:33:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:60:33:     from ... argument (spill) at ./consts_iota.go:60:13
./consts_iota.go:60:33:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:60:13
./consts_iota.go:60:27: 0x1F escapes to heap:
./consts_iota.go:60:27:   flow: {storage for ... argument} = &{storage for 0x1F}:
./consts_iota.go:60:27:     from 0x1F (spill) at ./consts_iota.go:60:27
./consts_iota.go:60:27:     from ... argument (slice-literal-element) at ./consts_iota.go:60:13
./consts_iota.go:60:27:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:60:27:     from ... argument (spill) at ./consts_iota.go:60:13
./consts_iota.go:60:27:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:60:13
./consts_iota.go:60:23: 07 escapes to heap:
./consts_iota.go:60:23:   flow: {storage for ... argument} = &{storage for 07}:
./consts_iota.go:60:23:     from 07 (spill) at ./consts_iota.go:60:23
./consts_iota.go:60:23:     from ... argument (slice-literal-element) at ./consts_iota.go:60:13
./consts_iota.go:60:23:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:60:23:     from ... argument (spill) at ./consts_iota.go:60:13
./consts_iota.go:60:23:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:60:13
./consts_iota.go:60:13: u32 escapes to heap:
./consts_iota.go:60:13:   flow: {storage for ... argument} = &{storage for u32}:
./consts_iota.go:60:13:     from u32 (spill) at ./consts_iota.go:60:13
./consts_iota.go:60:13:     from ... argument (slice-literal-element) at ./consts_iota.go:60:13
./consts_iota.go:60:13:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:60:13:     from ... argument (spill) at ./consts_iota.go:60:13
./consts_iota.go:60:13:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:60:13
./consts_iota.go:60:13: i8 escapes to heap:
./consts_iota.go:60:13:   flow: {storage for ... argument} = &{storage for i8}:
./consts_iota.go:60:13:     from i8 (spill) at ./consts_iota.go:60:13
./consts_iota.go:60:13:     from ... argument (slice-literal-element) at ./consts_iota.go:60:13
./consts_iota.go:60:13:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:60:13:     from ... argument (spill) at ./consts_iota.go:60:13
./consts_iota.go:60:13:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:60:13
./consts_iota.go:57:59: "abc"[1] escapes to heap:
./consts_iota.go:57:59:   flow: {storage for ... argument} = &{storage for "abc"[1]}:
./consts_iota.go:57:59:     from "abc"[1] (spill) at ./consts_iota.go:57:59
./consts_iota.go:57:59:     from ... argument (slice-literal-element) at ./consts_iota.go:57:13
./consts_iota.go:57:59:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:57:59:     from ... argument (spill) at ./consts_iota.go:57:13
./consts_iota.go:57:59:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:57:13
./consts_iota.go:57:47: 'x' - 'a' escapes to heap:
./consts_iota.go:57:47:   flow: {storage for ... argument} = &{storage for 'x' - 'a'}:
./consts_iota.go:57:47:     from 'x' - 'a' (spill) at ./consts_iota.go:57:47
./consts_iota.go:57:47:     from ... argument (slice-literal-element) at ./consts_iota.go:57:13
./consts_iota.go:57:47:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:57:47:     from ... argument (spill) at ./consts_iota.go:57:13
./consts_iota.go:57:47:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:57:13
./consts_iota.go:57:35: MaxU64 % 1000 escapes to heap:
./consts_iota.go:57:35:   flow: {storage for ... argument} = &{storage for MaxU64 % 1000}:
./consts_iota.go:57:35:     from MaxU64 % 1000 (spill) at ./consts_iota.go:57:35
./consts_iota.go:57:35:     from ... argument (slice-literal-element) at ./consts_iota.go:57:13
./consts_iota.go:57:35:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:57:35:     from ... argument (spill) at ./consts_iota.go:57:13
./consts_iota.go:57:35:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:57:13
./consts_iota.go:57:21: MaxU64 >> 60 escapes to heap:
./consts_iota.go:57:21:   flow: {storage for ... argument} = &{storage for MaxU64 >> 60}:
./consts_iota.go:57:21:     from MaxU64 >> 60 (spill) at ./consts_iota.go:57:21
./consts_iota.go:57:21:     from ... argument (slice-literal-element) at ./consts_iota.go:57:13
./consts_iota.go:57:21:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:57:21:     from ... argument (spill) at ./consts_iota.go:57:13
./consts_iota.go:57:21:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:57:13
./consts_iota.go:56:67: local >> 1 escapes to heap:
./consts_iota.go:56:67:   flow: {storage for ... argument} = &{storage for local >> 1}:
./consts_iota.go:56:67:     from local >> 1 (spill) at ./consts_iota.go:56:67
./consts_iota.go:56:67:     from ... argument (slice-literal-element) at ./consts_iota.go:56:13
./consts_iota.go:56:67:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:56:67:     from ... argument (spill) at ./consts_iota.go:56:13
./consts_iota.go:56:67:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:56:13
./consts_iota.go:56:57: local << 2 escapes to heap:
./consts_iota.go:56:57:   flow: {storage for ... argument} = &{storage for local << 2}:
./consts_iota.go:56:57:     from local << 2 (spill) at ./consts_iota.go:56:57
./consts_iota.go:56:57:     from ... argument (slice-literal-element) at ./consts_iota.go:56:13
./consts_iota.go:56:57:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:56:57:     from ... argument (spill) at ./consts_iota.go:56:13
./consts_iota.go:56:57:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:56:13
./consts_iota.go:56:48: -local / 3 escapes to heap:
./consts_iota.go:56:48:   flow: {storage for ... argument} = &{storage for -local / 3}:
./consts_iota.go:56:48:     from -local / 3 (spill) at ./consts_iota.go:56:48
./consts_iota.go:56:48:     from ... argument (slice-literal-element) at ./consts_iota.go:56:13
./consts_iota.go:56:48:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:56:48:     from ... argument (spill) at ./consts_iota.go:56:13
./consts_iota.go:56:48:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:56:13
./consts_iota.go:56:38: local % 3 escapes to heap:
./consts_iota.go:56:38:   flow: {storage for ... argument} = &{storage for local % 3}:
./consts_iota.go:56:38:     from local % 3 (spill) at ./consts_iota.go:56:38
./consts_iota.go:56:38:     from ... argument (slice-literal-element) at ./consts_iota.go:56:13
./consts_iota.go:56:38:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:56:38:     from ... argument (spill) at ./consts_iota.go:56:13
./consts_iota.go:56:38:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:56:13
./consts_iota.go:56:29: local / 3 escapes to heap:
./consts_iota.go:56:29:   flow: {storage for ... argument} = &{storage for local / 3}:
./consts_iota.go:56:29:     from local / 3 (spill) at ./consts_iota.go:56:29
./consts_iota.go:56:29:     from ... argument (slice-literal-element) at ./consts_iota.go:56:13
./consts_iota.go:56:29:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:56:29:     from ... argument (spill) at ./consts_iota.go:56:13
./consts_iota.go:56:29:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:56:13
./consts_iota.go:56:17: len(arr) escapes to heap:
./consts_iota.go:56:17:   flow: {storage for ... argument} = &{storage for len(arr)}:
./consts_iota.go:56:17:     from len(arr) (spill) at ./consts_iota.go:56:17
./consts_iota.go:56:17:     from ... argument (slice-literal-element) at ./consts_iota.go:56:13
./consts_iota.go:56:17:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:56:17:     from ... argument (spill) at ./consts_iota.go:56:13
./consts_iota.go:56:17:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:56:13
./consts_iota.go:53:55: tf escapes to heap:
./consts_iota.go:53:55:   flow: {storage for ... argument} = &{storage for tf}:
./consts_iota.go:53:55:     from tf (spill) at ./consts_iota.go:53:55
./consts_iota.go:53:55:     from ... argument (slice-literal-element) at ./consts_iota.go:53:13
./consts_iota.go:53:55:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:53:55:     from ... argument (spill) at ./consts_iota.go:53:13
./consts_iota.go:53:55:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:53:13
./consts_iota.go:53:51: ch escapes to heap:
./consts_iota.go:53:51:   flow: {storage for ... argument} = &{storage for ch}:
./consts_iota.go:53:51:     from ch (spill) at ./consts_iota.go:53:51
./consts_iota.go:53:51:     from ... argument (slice-literal-element) at ./consts_iota.go:53:13
./consts_iota.go:53:51:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:53:51:     from ... argument (spill) at ./consts_iota.go:53:13
./consts_iota.go:53:51:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:53:13
./consts_iota.go:53:44: len(str) escapes to heap:
./consts_iota.go:53:44:   flow: {storage for ... argument} = &{storage for len(str)}:
./consts_iota.go:53:44:     from len(str) (spill) at ./consts_iota.go:53:44
./consts_iota.go:53:44:     from ... argument (slice-literal-element) at ./consts_iota.go:53:13
./consts_iota.go:53:44:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:53:44:     from ... argument (spill) at ./consts_iota.go:53:13
./consts_iota.go:53:44:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:53:13
./consts_iota.go:53:36: str escapes to heap:
./consts_iota.go:53:36:   flow: {storage for ... argument} = &{storage for str}:
./consts_iota.go:53:36:     from str (spill) at ./consts_iota.go:53:36
./consts_iota.go:53:36:     from ... argument (slice-literal-element) at ./consts_iota.go:53:13
./consts_iota.go:53:36:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:53:36:     from ... argument (spill) at ./consts_iota.go:53:13
./consts_iota.go:53:36:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:53:13
./consts_iota.go:53:31: mask >> 4 escapes to heap:
./consts_iota.go:53:31:   flow: {storage for ... argument} = &{storage for mask >> 4}:
./consts_iota.go:53:31:     from mask >> 4 (spill) at ./consts_iota.go:53:31
./consts_iota.go:53:31:     from ... argument (slice-literal-element) at ./consts_iota.go:53:13
./consts_iota.go:53:31:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:53:31:     from ... argument (spill) at ./consts_iota.go:53:13
./consts_iota.go:53:31:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:53:13
./consts_iota.go:53:20: ^mask escapes to heap:
./consts_iota.go:53:20:   flow: {storage for ... argument} = &{storage for ^mask}:
./consts_iota.go:53:20:     from ^mask (spill) at ./consts_iota.go:53:20
./consts_iota.go:53:20:     from ... argument (slice-literal-element) at ./consts_iota.go:53:13
./consts_iota.go:53:20:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:53:20:     from ... argument (spill) at ./consts_iota.go:53:13
./consts_iota.go:53:20:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:53:13
./consts_iota.go:53:14: mask escapes to heap:
./consts_iota.go:53:14:   flow: {storage for ... argument} = &{storage for mask}:
./consts_iota.go:53:14:     from mask (spill) at ./consts_iota.go:53:14
./consts_iota.go:53:14:     from ... argument (slice-literal-element) at ./consts_iota.go:53:13
./consts_iota.go:53:14:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:53:14:     from ... argument (spill) at ./consts_iota.go:53:13
./consts_iota.go:53:14:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:53:13
./consts_iota.go:52:16: c escapes to heap:
./consts_iota.go:52:16:   flow: {storage for ... argument} = &{storage for c}:
./consts_iota.go:52:16:     from c (spill) at ./consts_iota.go:52:16
./consts_iota.go:52:16:     from ... argument (slice-literal-element) at ./consts_iota.go:52:13
./consts_iota.go:52:16:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:52:16:     from ... argument (spill) at ./consts_iota.go:52:13
./consts_iota.go:52:16:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:52:13
./consts_iota.go:52:16: c == Blue escapes to heap:
./consts_iota.go:52:16:   flow: {storage for ... argument} = &{storage for c == Blue}:
./consts_iota.go:52:16:     from c == Blue (spill) at ./consts_iota.go:52:16
./consts_iota.go:52:16:     from ... argument (slice-literal-element) at ./consts_iota.go:52:13
./consts_iota.go:52:16:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:52:16:     from ... argument (spill) at ./consts_iota.go:52:13
./consts_iota.go:52:16:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:52:13
./consts_iota.go:49:36: Blue - Red escapes to heap:
./consts_iota.go:49:36:   flow: {storage for ... argument} = &{storage for Blue - Red}:
./consts_iota.go:49:36:     from Blue - Red (spill) at ./consts_iota.go:49:36
./consts_iota.go:49:36:     from ... argument (slice-literal-element) at ./consts_iota.go:49:13
./consts_iota.go:49:36:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:49:36:     from ... argument (spill) at ./consts_iota.go:49:13
./consts_iota.go:49:36:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:49:13
./consts_iota.go:49:26: Blue escapes to heap:
./consts_iota.go:49:26:   flow: {storage for ... argument} = &{storage for Blue}:
./consts_iota.go:49:26:     from Blue (spill) at ./consts_iota.go:49:26
./consts_iota.go:49:26:     from ... argument (slice-literal-element) at ./consts_iota.go:49:13
./consts_iota.go:49:26:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:49:26:     from ... argument (spill) at ./consts_iota.go:49:13
./consts_iota.go:49:26:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:49:13
./consts_iota.go:49:19: Green escapes to heap:
./consts_iota.go:49:19:   flow: {storage for ... argument} = &{storage for Green}:
./consts_iota.go:49:19:     from Green (spill) at ./consts_iota.go:49:19
./consts_iota.go:49:19:     from ... argument (slice-literal-element) at ./consts_iota.go:49:13
./consts_iota.go:49:19:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:49:19:     from ... argument (spill) at ./consts_iota.go:49:13
./consts_iota.go:49:19:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:49:13
./consts_iota.go:49:14: Red escapes to heap:
./consts_iota.go:49:14:   flow: {storage for ... argument} = &{storage for Red}:
./consts_iota.go:49:14:     from Red (spill) at ./consts_iota.go:49:14
./consts_iota.go:49:14:     from ... argument (slice-literal-element) at ./consts_iota.go:49:13
./consts_iota.go:49:14:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:49:14:     from ... argument (spill) at ./consts_iota.go:49:13
./consts_iota.go:49:14:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:49:13
./consts_iota.go:48:36: uint64(MaxU64) escapes to heap:
./consts_iota.go:48:36:   flow: {storage for ... argument} = &{storage for uint64(MaxU64)}:
./consts_iota.go:48:36:     from uint64(MaxU64) (spill) at ./consts_iota.go:48:36
./consts_iota.go:48:36:     from ... argument (slice-literal-element) at ./consts_iota.go:48:13
./consts_iota.go:48:36:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:48:36:     from ... argument (spill) at ./consts_iota.go:48:13
./consts_iota.go:48:36:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:48:13
./consts_iota.go:48:25: Neg escapes to heap:
./consts_iota.go:48:25:   flow: {storage for ... argument} = &{storage for Neg}:
./consts_iota.go:48:25:     from Neg (spill) at ./consts_iota.go:48:25
./consts_iota.go:48:25:     from ... argument (slice-literal-element) at ./consts_iota.go:48:13
./consts_iota.go:48:25:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:48:25:     from ... argument (spill) at ./consts_iota.go:48:13
./consts_iota.go:48:25:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:48:13
./consts_iota.go:48:19: Huge escapes to heap:
./consts_iota.go:48:19:   flow: {storage for ... argument} = &{storage for Huge}:
./consts_iota.go:48:19:     from Huge (spill) at ./consts_iota.go:48:19
./consts_iota.go:48:19:     from ... argument (slice-literal-element) at ./consts_iota.go:48:13
./consts_iota.go:48:19:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:48:19:     from ... argument (spill) at ./consts_iota.go:48:13
./consts_iota.go:48:19:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:48:13
./consts_iota.go:48:14: Big escapes to heap:
./consts_iota.go:48:14:   flow: {storage for ... argument} = &{storage for Big}:
./consts_iota.go:48:14:     from Big (spill) at ./consts_iota.go:48:14
./consts_iota.go:48:14:     from ... argument (slice-literal-element) at ./consts_iota.go:48:13
./consts_iota.go:48:14:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:48:14:     from ... argument (spill) at ./consts_iota.go:48:13
./consts_iota.go:48:14:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:48:13
./consts_iota.go:47:23: W escapes to heap:
./consts_iota.go:47:23:   flow: {storage for ... argument} = &{storage for W}:
./consts_iota.go:47:23:     from W (spill) at ./consts_iota.go:47:23
./consts_iota.go:47:23:     from ... argument (slice-literal-element) at ./consts_iota.go:47:13
./consts_iota.go:47:23:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:47:23:     from ... argument (spill) at ./consts_iota.go:47:13
./consts_iota.go:47:23:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:47:13
./consts_iota.go:47:20: Z escapes to heap:
./consts_iota.go:47:20:   flow: {storage for ... argument} = &{storage for Z}:
./consts_iota.go:47:20:     from Z (spill) at ./consts_iota.go:47:20
./consts_iota.go:47:20:     from ... argument (slice-literal-element) at ./consts_iota.go:47:13
./consts_iota.go:47:20:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:47:20:     from ... argument (spill) at ./consts_iota.go:47:13
./consts_iota.go:47:20:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:47:13
./consts_iota.go:47:17: Y escapes to heap:
./consts_iota.go:47:17:   flow: {storage for ... argument} = &{storage for Y}:
./consts_iota.go:47:17:     from Y (spill) at ./consts_iota.go:47:17
./consts_iota.go:47:17:     from ... argument (slice-literal-element) at ./consts_iota.go:47:13
./consts_iota.go:47:17:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:47:17:     from ... argument (spill) at ./consts_iota.go:47:13
./consts_iota.go:47:17:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:47:13
./consts_iota.go:47:14: X escapes to heap:
./consts_iota.go:47:14:   flow: {storage for ... argument} = &{storage for X}:
./consts_iota.go:47:14:     from X (spill) at ./consts_iota.go:47:14
./consts_iota.go:47:14:     from ... argument (slice-literal-element) at ./consts_iota.go:47:13
./consts_iota.go:47:14:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:47:14:     from ... argument (spill) at ./consts_iota.go:47:13
./consts_iota.go:47:14:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:47:13
./consts_iota.go:46:31: K20 escapes to heap:
./consts_iota.go:46:31:   flow: {storage for ... argument} = &{storage for K20}:
./consts_iota.go:46:31:     from K20 (spill) at ./consts_iota.go:46:31
./consts_iota.go:46:31:     from ... argument (slice-literal-element) at ./consts_iota.go:46:13
./consts_iota.go:46:31:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:46:31:     from ... argument (spill) at ./consts_iota.go:46:13
./consts_iota.go:46:31:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:46:13
./consts_iota.go:46:26: K10 escapes to heap:
./consts_iota.go:46:26:   flow: {storage for ... argument} = &{storage for K10}:
./consts_iota.go:46:26:     from K10 (spill) at ./consts_iota.go:46:26
./consts_iota.go:46:26:     from ... argument (slice-literal-element) at ./consts_iota.go:46:13
./consts_iota.go:46:26:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:46:26:     from ... argument (spill) at ./consts_iota.go:46:13
./consts_iota.go:46:26:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:46:13
./consts_iota.go:46:22: K2 escapes to heap:
./consts_iota.go:46:22:   flow: {storage for ... argument} = &{storage for K2}:
./consts_iota.go:46:22:     from K2 (spill) at ./consts_iota.go:46:22
./consts_iota.go:46:22:     from ... argument (slice-literal-element) at ./consts_iota.go:46:13
./consts_iota.go:46:22:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:46:22:     from ... argument (spill) at ./consts_iota.go:46:13
./consts_iota.go:46:22:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:46:13
./consts_iota.go:46:18: K1 escapes to heap:
./consts_iota.go:46:18:   flow: {storage for ... argument} = &{storage for K1}:
./consts_iota.go:46:18:     from K1 (spill) at ./consts_iota.go:46:18
./consts_iota.go:46:18:     from ... argument (slice-literal-element) at ./consts_iota.go:46:13
./consts_iota.go:46:18:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:46:18:     from ... argument (spill) at ./consts_iota.go:46:13
./consts_iota.go:46:18:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:46:13
./consts_iota.go:46:14: K0 escapes to heap:
./consts_iota.go:46:14:   flow: {storage for ... argument} = &{storage for K0}:
./consts_iota.go:46:14:     from K0 (spill) at ./consts_iota.go:46:14
./consts_iota.go:46:14:     from ... argument (slice-literal-element) at ./consts_iota.go:46:13
./consts_iota.go:46:14:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:46:14:     from ... argument (spill) at ./consts_iota.go:46:13
./consts_iota.go:46:14:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:46:13
./consts_iota.go:45:23: E escapes to heap:
./consts_iota.go:45:23:   flow: {storage for ... argument} = &{storage for E}:
./consts_iota.go:45:23:     from E (spill) at ./consts_iota.go:45:23
./consts_iota.go:45:23:     from ... argument (slice-literal-element) at ./consts_iota.go:45:13
./consts_iota.go:45:23:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:45:23:     from ... argument (spill) at ./consts_iota.go:45:13
./consts_iota.go:45:23:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:45:13
./consts_iota.go:45:20: C escapes to heap:
./consts_iota.go:45:20:   flow: {storage for ... argument} = &{storage for C}:
./consts_iota.go:45:20:     from C (spill) at ./consts_iota.go:45:20
./consts_iota.go:45:20:     from ... argument (slice-literal-element) at ./consts_iota.go:45:13
./consts_iota.go:45:20:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:45:20:     from ... argument (spill) at ./consts_iota.go:45:13
./consts_iota.go:45:20:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:45:13
./consts_iota.go:45:17: B escapes to heap:
./consts_iota.go:45:17:   flow: {storage for ... argument} = &{storage for B}:
./consts_iota.go:45:17:     from B (spill) at ./consts_iota.go:45:17
./consts_iota.go:45:17:     from ... argument (slice-literal-element) at ./consts_iota.go:45:13
./consts_iota.go:45:17:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:45:17:     from ... argument (spill) at ./consts_iota.go:45:13
./consts_iota.go:45:17:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:45:13
./consts_iota.go:45:14: A escapes to heap:
./consts_iota.go:45:14:   flow: {storage for ... argument} = &{storage for A}:
./consts_iota.go:45:14:     from A (spill) at ./consts_iota.go:45:14
./consts_iota.go:45:14:     from ... argument (slice-literal-element) at ./consts_iota.go:45:13
./consts_iota.go:45:14:   flow: {heap} = {storage for ... argument}:
./consts_iota.go:45:14:     from ... argument (spill) at ./consts_iota.go:45:13
./consts_iota.go:45:14:     from fmt.Println(... argument...) (call parameter) at ./consts_iota.go:45:13
./consts_iota.go:45:13: ... argument does not escape
./consts_iota.go:45:14: A escapes to heap
./consts_iota.go:45:17: B escapes to heap
./consts_iota.go:45:20: C escapes to heap
./consts_iota.go:45:23: E escapes to heap
./consts_iota.go:46:13: ... argument does not escape
./consts_iota.go:46:14: K0 escapes to heap
./consts_iota.go:46:18: K1 escapes to heap
./consts_iota.go:46:22: K2 escapes to heap
./consts_iota.go:46:26: K10 escapes to heap
./consts_iota.go:46:31: K20 escapes to heap
./consts_iota.go:47:13: ... argument does not escape
./consts_iota.go:47:14: X escapes to heap
./consts_iota.go:47:17: Y escapes to heap
./consts_iota.go:47:20: Z escapes to heap
./consts_iota.go:47:23: W escapes to heap
./consts_iota.go:48:13: ... argument does not escape
./consts_iota.go:48:14: Big escapes to heap
./consts_iota.go:48:19: Huge escapes to heap
./consts_iota.go:48:25: Neg escapes to heap
./consts_iota.go:48:36: uint64(MaxU64) escapes to heap
./consts_iota.go:49:13: ... argument does not escape
./consts_iota.go:49:14: Red escapes to heap
./consts_iota.go:49:19: Green escapes to heap
./consts_iota.go:49:26: Blue escapes to heap
./consts_iota.go:49:36: Blue - Red escapes to heap
./consts_iota.go:52:13: ... argument does not escape
./consts_iota.go:52:16: c == Blue escapes to heap
./consts_iota.go:52:16: c escapes to heap
./consts_iota.go:53:13: ... argument does not escape
./consts_iota.go:53:14: mask escapes to heap
./consts_iota.go:53:20: ^mask escapes to heap
./consts_iota.go:53:31: mask >> 4 escapes to heap
./consts_iota.go:53:36: str escapes to heap
./consts_iota.go:53:44: len(str) escapes to heap
./consts_iota.go:53:51: ch escapes to heap
./consts_iota.go:53:55: tf escapes to heap
./consts_iota.go:56:13: ... argument does not escape
./consts_iota.go:56:17: len(arr) escapes to heap
./consts_iota.go:56:29: local / 3 escapes to heap
./consts_iota.go:56:38: local % 3 escapes to heap
./consts_iota.go:56:48: -local / 3 escapes to heap
./consts_iota.go:56:57: local << 2 escapes to heap
./consts_iota.go:56:67: local >> 1 escapes to heap
./consts_iota.go:57:13: ... argument does not escape
./consts_iota.go:57:21: MaxU64 >> 60 escapes to heap
./consts_iota.go:57:35: MaxU64 % 1000 escapes to heap
./consts_iota.go:57:47: 'x' - 'a' escapes to heap
./consts_iota.go:57:59: "abc"[1] escapes to heap
./consts_iota.go:60:13: ... argument does not escape
./consts_iota.go:60:13: i8 escapes to heap
./consts_iota.go:60:13: u32 escapes to heap
./consts_iota.go:60:23: 07 escapes to heap
./consts_iota.go:60:27: 0x1F escapes to heap
./consts_iota.go:60:33: 0b101 escapes to heap
./consts_iota.go:60:40: 0o17 escapes to heap
./consts_iota.go:60:46: 1_000_000 escapes to heap
