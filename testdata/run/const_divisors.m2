./const_divisors.go:14:53: ^u32 escapes to heap:
./const_divisors.go:14:53:   flow: {storage for ... argument} = &{storage for ^u32}:
./const_divisors.go:14:53:     from ^u32 (spill) at ./const_divisors.go:14:53
./const_divisors.go:14:53:     from ... argument (slice-literal-element) at ./const_divisors.go:14:14
./const_divisors.go:14:53:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:14:53:     from ... argument (spill) at ./const_divisors.go:14:14
./const_divisors.go:14:53:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:14:14
./const_divisors.go:14:47: -u64 escapes to heap:
./const_divisors.go:14:47:   flow: {storage for ... argument} = &{storage for -u64}:
./const_divisors.go:14:47:     from -u64 (spill) at ./const_divisors.go:14:47
./const_divisors.go:14:47:     from ... argument (slice-literal-element) at ./const_divisors.go:14:14
./const_divisors.go:14:47:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:14:47:     from ... argument (spill) at ./const_divisors.go:14:14
./const_divisors.go:14:47:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:14:14
./const_divisors.go:14:42: ^u8 escapes to heap:
./const_divisors.go:14:42:   flow: {storage for ... argument} = &{storage for ^u8}:
./const_divisors.go:14:42:     from ^u8 (spill) at ./const_divisors.go:14:42
./const_divisors.go:14:42:     from ... argument (slice-literal-element) at ./const_divisors.go:14:14
./const_divisors.go:14:42:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:14:42:     from ... argument (spill) at ./const_divisors.go:14:14
./const_divisors.go:14:42:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:14:14
./const_divisors.go:14:37: -u8 escapes to heap:
./const_divisors.go:14:37:   flow: {storage for ... argument} = &{storage for -u8}:
./const_divisors.go:14:37:     from -u8 (spill) at ./const_divisors.go:14:37
./const_divisors.go:14:37:     from ... argument (slice-literal-element) at ./const_divisors.go:14:14
./const_divisors.go:14:37:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:14:37:     from ... argument (spill) at ./const_divisors.go:14:14
./const_divisors.go:14:37:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:14:14
./const_divisors.go:14:32: ^i8 escapes to heap:
./const_divisors.go:14:32:   flow: {storage for ... argument} = &{storage for ^i8}:
./const_divisors.go:14:32:     from ^i8 (spill) at ./const_divisors.go:14:32
./const_divisors.go:14:32:     from ... argument (slice-literal-element) at ./const_divisors.go:14:14
./const_divisors.go:14:32:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:14:32:     from ... argument (spill) at ./const_divisors.go:14:14
./const_divisors.go:14:32:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:14:14
./const_divisors.go:14:27: -i8 escapes to heap:
./const_divisors.go:14:27:   flow: {storage for ... argument} = &{storage for -i8}:
./const_divisors.go:14:27:     from -i8 (spill) at ./const_divisors.go:14:27
./const_divisors.go:14:27:     from ... argument (slice-literal-element) at ./const_divisors.go:14:14
./const_divisors.go:14:27:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:14:27:     from ... argument (spill) at ./const_divisors.go:14:14
./const_divisors.go:14:27:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:14:14
./const_divisors.go:14:23: +v escapes to heap:
./const_divisors.go:14:23:   flow: {storage for ... argument} = &{storage for +v}:
./const_divisors.go:14:23:     from +v (spill) at ./const_divisors.go:14:23
./const_divisors.go:14:23:     from ... argument (slice-literal-element) at ./const_divisors.go:14:14
./const_divisors.go:14:23:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:14:23:     from ... argument (spill) at ./const_divisors.go:14:14
./const_divisors.go:14:23:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:14:14
./const_divisors.go:14:19: ^v escapes to heap:
./const_divisors.go:14:19:   flow: {storage for ... argument} = &{storage for ^v}:
./const_divisors.go:14:19:     from ^v (spill) at ./const_divisors.go:14:19
./const_divisors.go:14:19:     from ... argument (slice-literal-element) at ./const_divisors.go:14:14
./const_divisors.go:14:19:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:14:19:     from ... argument (spill) at ./const_divisors.go:14:14
./const_divisors.go:14:19:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:14:14
./const_divisors.go:14:15: -v escapes to heap:
./const_divisors.go:14:15:   flow: {storage for ... argument} = &{storage for -v}:
./const_divisors.go:14:15:     from -v (spill) at ./const_divisors.go:14:15
./const_divisors.go:14:15:     from ... argument (slice-literal-element) at ./const_divisors.go:14:14
./const_divisors.go:14:15:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:14:15:     from ... argument (spill) at ./const_divisors.go:14:14
./const_divisors.go:14:15:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:14:14
./const_divisors.go:13:116: u64 >> 64 escapes to heap:
./const_divisors.go:13:116:   flow: {storage for ... argument} = &{storage for u64 >> 64}:
./const_divisors.go:13:116:     from u64 >> 64 (spill) at ./const_divisors.go:13:116
./const_divisors.go:13:116:     from ... argument (slice-literal-element) at ./const_divisors.go:13:14
./const_divisors.go:13:116:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:13:116:     from ... argument (spill) at ./const_divisors.go:13:14
./const_divisors.go:13:116:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:13:14
./const_divisors.go:13:107: v >> 70 escapes to heap:
./const_divisors.go:13:107:   flow: {storage for ... argument} = &{storage for v >> 70}:
./const_divisors.go:13:107:     from v >> 70 (spill) at ./const_divisors.go:13:107
./const_divisors.go:13:107:     from ... argument (slice-literal-element) at ./const_divisors.go:13:14
./const_divisors.go:13:107:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:13:107:     from ... argument (spill) at ./const_divisors.go:13:14
./const_divisors.go:13:107:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:13:14
./const_divisors.go:13:100: v << 70 escapes to heap:
./const_divisors.go:13:100:   flow: {storage for ... argument} = &{storage for v << 70}:
./const_divisors.go:13:100:     from v << 70 (spill) at ./const_divisors.go:13:100
./const_divisors.go:13:100:     from ... argument (slice-literal-element) at ./const_divisors.go:13:14
./const_divisors.go:13:100:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:13:100:     from ... argument (spill) at ./const_divisors.go:13:14
./const_divisors.go:13:100:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:13:14
./const_divisors.go:13:93: u32 >> 40 escapes to heap:
./const_divisors.go:13:93:   flow: {storage for ... argument} = &{storage for u32 >> 40}:
./const_divisors.go:13:93:     from u32 >> 40 (spill) at ./const_divisors.go:13:93
./const_divisors.go:13:93:     from ... argument (slice-literal-element) at ./const_divisors.go:13:14
./const_divisors.go:13:93:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:13:93:     from ... argument (spill) at ./const_divisors.go:13:14
./const_divisors.go:13:93:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:13:14
./const_divisors.go:13:84: u32 << 40 escapes to heap:
./const_divisors.go:13:84:   flow: {storage for ... argument} = &{storage for u32 << 40}:
./const_divisors.go:13:84:     from u32 << 40 (spill) at ./const_divisors.go:13:84
./const_divisors.go:13:84:     from ... argument (slice-literal-element) at ./const_divisors.go:13:14
./const_divisors.go:13:84:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:13:84:     from ... argument (spill) at ./const_divisors.go:13:14
./const_divisors.go:13:84:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:13:14
./const_divisors.go:13:76: u8 >> 9 escapes to heap:
./const_divisors.go:13:76:   flow: {storage for ... argument} = &{storage for u8 >> 9}:
./const_divisors.go:13:76:     from u8 >> 9 (spill) at ./const_divisors.go:13:76
./const_divisors.go:13:76:     from ... argument (slice-literal-element) at ./const_divisors.go:13:14
./const_divisors.go:13:76:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:13:76:     from ... argument (spill) at ./const_divisors.go:13:14
./const_divisors.go:13:76:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:13:14
./const_divisors.go:13:69: u8 << 9 escapes to heap:
./const_divisors.go:13:69:   flow: {storage for ... argument} = &{storage for u8 << 9}:
./const_divisors.go:13:69:     from u8 << 9 (spill) at ./const_divisors.go:13:69
./const_divisors.go:13:69:     from ... argument (slice-literal-element) at ./const_divisors.go:13:14
./const_divisors.go:13:69:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:13:69:     from ... argument (spill) at ./const_divisors.go:13:14
./const_divisors.go:13:69:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:13:14
./const_divisors.go:13:61: i16 >> 20 escapes to heap:
./const_divisors.go:13:61:   flow: {storage for ... argument} = &{storage for i16 >> 20}:
./const_divisors.go:13:61:     from i16 >> 20 (spill) at ./const_divisors.go:13:61
./const_divisors.go:13:61:     from ... argument (slice-literal-element) at ./const_divisors.go:13:14
./const_divisors.go:13:61:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:13:61:     from ... argument (spill) at ./const_divisors.go:13:14
./const_divisors.go:13:61:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:13:14
./const_divisors.go:13:52: i16 << 20 escapes to heap:
./const_divisors.go:13:52:   flow: {storage for ... argument} = &{storage for i16 << 20}:
./const_divisors.go:13:52:     from i16 << 20 (spill) at ./const_divisors.go:13:52
./const_divisors.go:13:52:     from ... argument (slice-literal-element) at ./const_divisors.go:13:14
./const_divisors.go:13:52:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:13:52:     from ... argument (spill) at ./const_divisors.go:13:14
./const_divisors.go:13:52:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:13:14
./const_divisors.go:13:43: i8 >> 10 escapes to heap:
./const_divisors.go:13:43:   flow: {storage for ... argument} = &{storage for i8 >> 10}:
./const_divisors.go:13:43:     from i8 >> 10 (spill) at ./const_divisors.go:13:43
./const_divisors.go:13:43:     from ... argument (slice-literal-element) at ./const_divisors.go:13:14
./const_divisors.go:13:43:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:13:43:     from ... argument (spill) at ./const_divisors.go:13:14
./const_divisors.go:13:43:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:13:14
./const_divisors.go:13:36: i8 >> 7 escapes to heap:
./const_divisors.go:13:36:   flow: {storage for ... argument} = &{storage for i8 >> 7}:
./const_divisors.go:13:36:     from i8 >> 7 (spill) at ./const_divisors.go:13:36
./const_divisors.go:13:36:     from ... argument (slice-literal-element) at ./const_divisors.go:13:14
./const_divisors.go:13:36:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:13:36:     from ... argument (spill) at ./const_divisors.go:13:14
./const_divisors.go:13:36:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:13:14
./const_divisors.go:13:29: i8 << 7 escapes to heap:
./const_divisors.go:13:29:   flow: {storage for ... argument} = &{storage for i8 << 7}:
./const_divisors.go:13:29:     from i8 << 7 (spill) at ./const_divisors.go:13:29
./const_divisors.go:13:29:     from ... argument (slice-literal-element) at ./const_divisors.go:13:14
./const_divisors.go:13:29:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:13:29:     from ... argument (spill) at ./const_divisors.go:13:14
./const_divisors.go:13:29:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:13:14
./const_divisors.go:13:22: v >> 3 escapes to heap:
./const_divisors.go:13:22:   flow: {storage for ... argument} = &{storage for v >> 3}:
./const_divisors.go:13:22:     from v >> 3 (spill) at ./const_divisors.go:13:22
./const_divisors.go:13:22:     from ... argument (slice-literal-element) at ./const_divisors.go:13:14
./const_divisors.go:13:22:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:13:22:     from ... argument (spill) at ./const_divisors.go:13:14
./const_divisors.go:13:22:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:13:14
./const_divisors.go:13:16: v << 3 escapes to heap:
./const_divisors.go:13:16:   flow: {storage for ... argument} = &{storage for v << 3}:
./const_divisors.go:13:16:     from v << 3 (spill) at ./const_divisors.go:13:16
./const_divisors.go:13:16:     from ... argument (slice-literal-element) at ./const_divisors.go:13:14
./const_divisors.go:13:16:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:13:16:     from ... argument (spill) at ./const_divisors.go:13:14
./const_divisors.go:13:16:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:13:14
./const_divisors.go:12:108: u64 / (1 << 63) escapes to heap:
./const_divisors.go:12:108:   flow: {storage for ... argument} = &{storage for u64 / (1 << 63)}:
./const_divisors.go:12:108:     from u64 / (1 << 63) (spill) at ./const_divisors.go:12:108
./const_divisors.go:12:108:     from ... argument (slice-literal-element) at ./const_divisors.go:12:14
./const_divisors.go:12:108:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:12:108:     from ... argument (spill) at ./const_divisors.go:12:14
./const_divisors.go:12:108:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:12:14
./const_divisors.go:12:100: u64 % 10 escapes to heap:
./const_divisors.go:12:100:   flow: {storage for ... argument} = &{storage for u64 % 10}:
./const_divisors.go:12:100:     from u64 % 10 (spill) at ./const_divisors.go:12:100
./const_divisors.go:12:100:     from ... argument (slice-literal-element) at ./const_divisors.go:12:14
./const_divisors.go:12:100:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:12:100:     from ... argument (spill) at ./const_divisors.go:12:14
./const_divisors.go:12:100:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:12:14
./const_divisors.go:12:92: u64 / 10 escapes to heap:
./const_divisors.go:12:92:   flow: {storage for ... argument} = &{storage for u64 / 10}:
./const_divisors.go:12:92:     from u64 / 10 (spill) at ./const_divisors.go:12:92
./const_divisors.go:12:92:     from ... argument (slice-literal-element) at ./const_divisors.go:12:14
./const_divisors.go:12:92:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:12:92:     from ... argument (spill) at ./const_divisors.go:12:14
./const_divisors.go:12:92:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:12:14
./const_divisors.go:12:85: u64 % 8 escapes to heap:
./const_divisors.go:12:85:   flow: {storage for ... argument} = &{storage for u64 % 8}:
./const_divisors.go:12:85:     from u64 % 8 (spill) at ./const_divisors.go:12:85
./const_divisors.go:12:85:     from ... argument (slice-literal-element) at ./const_divisors.go:12:14
./const_divisors.go:12:85:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:12:85:     from ... argument (spill) at ./const_divisors.go:12:14
./const_divisors.go:12:85:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:12:14
./const_divisors.go:12:78: u64 / 8 escapes to heap:
./const_divisors.go:12:78:   flow: {storage for ... argument} = &{storage for u64 / 8}:
./const_divisors.go:12:78:     from u64 / 8 (spill) at ./const_divisors.go:12:78
./const_divisors.go:12:78:     from ... argument (slice-literal-element) at ./const_divisors.go:12:14
./const_divisors.go:12:78:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:12:78:     from ... argument (spill) at ./const_divisors.go:12:14
./const_divisors.go:12:78:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:12:14
./const_divisors.go:12:68: u32 % 1000 escapes to heap:
./const_divisors.go:12:68:   flow: {storage for ... argument} = &{storage for u32 % 1000}:
./const_divisors.go:12:68:     from u32 % 1000 (spill) at ./const_divisors.go:12:68
./const_divisors.go:12:68:     from ... argument (slice-literal-element) at ./const_divisors.go:12:14
./const_divisors.go:12:68:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:12:68:     from ... argument (spill) at ./const_divisors.go:12:14
./const_divisors.go:12:68:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:12:14
./const_divisors.go:12:58: u32 / 1024 escapes to heap:
./const_divisors.go:12:58:   flow: {storage for ... argument} = &{storage for u32 / 1024}:
./const_divisors.go:12:58:     from u32 / 1024 (spill) at ./const_divisors.go:12:58
./const_divisors.go:12:58:     from ... argument (slice-literal-element) at ./const_divisors.go:12:14
./const_divisors.go:12:58:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:12:58:     from ... argument (spill) at ./const_divisors.go:12:14
./const_divisors.go:12:58:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:12:14
./const_divisors.go:12:50: u16 % 10 escapes to heap:
./const_divisors.go:12:50:   flow: {storage for ... argument} = &{storage for u16 % 10}:
./const_divisors.go:12:50:     from u16 % 10 (spill) at ./const_divisors.go:12:50
./const_divisors.go:12:50:     from ... argument (slice-literal-element) at ./const_divisors.go:12:14
./const_divisors.go:12:50:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:12:50:     from ... argument (spill) at ./const_divisors.go:12:14
./const_divisors.go:12:50:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:12:14
./const_divisors.go:12:42: u16 / 16 escapes to heap:
./const_divisors.go:12:42:   flow: {storage for ... argument} = &{storage for u16 / 16}:
./const_divisors.go:12:42:     from u16 / 16 (spill) at ./const_divisors.go:12:42
./const_divisors.go:12:42:     from ... argument (slice-literal-element) at ./const_divisors.go:12:14
./const_divisors.go:12:42:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:12:42:     from ... argument (spill) at ./const_divisors.go:12:14
./const_divisors.go:12:42:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:12:14
./const_divisors.go:12:35: u8 % 3 escapes to heap:
./const_divisors.go:12:35:   flow: {storage for ... argument} = &{storage for u8 % 3}:
./const_divisors.go:12:35:     from u8 % 3 (spill) at ./const_divisors.go:12:35
./const_divisors.go:12:35:     from ... argument (slice-literal-element) at ./const_divisors.go:12:14
./const_divisors.go:12:35:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:12:35:     from ... argument (spill) at ./const_divisors.go:12:14
./const_divisors.go:12:35:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:12:14
./const_divisors.go:12:29: u8 / 3 escapes to heap:
./const_divisors.go:12:29:   flow: {storage for ... argument} = &{storage for u8 / 3}:
./const_divisors.go:12:29:     from u8 / 3 (spill) at ./const_divisors.go:12:29
./const_divisors.go:12:29:     from ... argument (slice-literal-element) at ./const_divisors.go:12:14
./const_divisors.go:12:29:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:12:29:     from ... argument (spill) at ./const_divisors.go:12:14
./const_divisors.go:12:29:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:12:14
./const_divisors.go:12:23: u8 % 4 escapes to heap:
./const_divisors.go:12:23:   flow: {storage for ... argument} = &{storage for u8 % 4}:
./const_divisors.go:12:23:     from u8 % 4 (spill) at ./const_divisors.go:12:23
./const_divisors.go:12:23:     from ... argument (slice-literal-element) at ./const_divisors.go:12:14
./const_divisors.go:12:23:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:12:23:     from ... argument (spill) at ./const_divisors.go:12:14
./const_divisors.go:12:23:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:12:14
./const_divisors.go:12:17: u8 / 4 escapes to heap:
./const_divisors.go:12:17:   flow: {storage for ... argument} = &{storage for u8 / 4}:
./const_divisors.go:12:17:     from u8 / 4 (spill) at ./const_divisors.go:12:17
./const_divisors.go:12:17:     from ... argument (slice-literal-element) at ./const_divisors.go:12:14
./const_divisors.go:12:17:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:12:17:     from ... argument (spill) at ./const_divisors.go:12:14
./const_divisors.go:12:17:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:12:14
./const_divisors.go:11:113: i32 % -1000 escapes to heap:
./const_divisors.go:11:113:   flow: {storage for ... argument} = &{storage for i32 % -1000}:
./const_divisors.go:11:113:     from i32 % -1000 (spill) at ./const_divisors.go:11:113
./const_divisors.go:11:113:     from ... argument (slice-literal-element) at ./const_divisors.go:11:14
./const_divisors.go:11:113:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:11:113:     from ... argument (spill) at ./const_divisors.go:11:14
./const_divisors.go:11:113:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:11:14
./const_divisors.go:11:103: i32 / 1000 escapes to heap:
./const_divisors.go:11:103:   flow: {storage for ... argument} = &{storage for i32 / 1000}:
./const_divisors.go:11:103:     from i32 / 1000 (spill) at ./const_divisors.go:11:103
./const_divisors.go:11:103:     from ... argument (slice-literal-element) at ./const_divisors.go:11:14
./const_divisors.go:11:103:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:11:103:     from ... argument (spill) at ./const_divisors.go:11:14
./const_divisors.go:11:103:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:11:14
./const_divisors.go:11:93: i32 % 1024 escapes to heap:
./const_divisors.go:11:93:   flow: {storage for ... argument} = &{storage for i32 % 1024}:
./const_divisors.go:11:93:     from i32 % 1024 (spill) at ./const_divisors.go:11:93
./const_divisors.go:11:93:     from ... argument (slice-literal-element) at ./const_divisors.go:11:14
./const_divisors.go:11:93:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:11:93:     from ... argument (spill) at ./const_divisors.go:11:14
./const_divisors.go:11:93:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:11:14
./const_divisors.go:11:83: i32 / 1024 escapes to heap:
./const_divisors.go:11:83:   flow: {storage for ... argument} = &{storage for i32 / 1024}:
./const_divisors.go:11:83:     from i32 / 1024 (spill) at ./const_divisors.go:11:83
./const_divisors.go:11:83:     from ... argument (slice-literal-element) at ./const_divisors.go:11:14
./const_divisors.go:11:83:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:11:83:     from ... argument (spill) at ./const_divisors.go:11:14
./const_divisors.go:11:83:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:11:14
./const_divisors.go:11:75: i16 % 10 escapes to heap:
./const_divisors.go:11:75:   flow: {storage for ... argument} = &{storage for i16 % 10}:
./const_divisors.go:11:75:     from i16 % 10 (spill) at ./const_divisors.go:11:75
./const_divisors.go:11:75:     from ... argument (slice-literal-element) at ./const_divisors.go:11:14
./const_divisors.go:11:75:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:11:75:     from ... argument (spill) at ./const_divisors.go:11:14
./const_divisors.go:11:75:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:11:14
./const_divisors.go:11:67: i16 / 10 escapes to heap:
./const_divisors.go:11:67:   flow: {storage for ... argument} = &{storage for i16 / 10}:
./const_divisors.go:11:67:     from i16 / 10 (spill) at ./const_divisors.go:11:67
./const_divisors.go:11:67:     from ... argument (slice-literal-element) at ./const_divisors.go:11:14
./const_divisors.go:11:67:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:11:67:     from ... argument (spill) at ./const_divisors.go:11:14
./const_divisors.go:11:67:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:11:14
./const_divisors.go:11:59: i16 % 16 escapes to heap:
./const_divisors.go:11:59:   flow: {storage for ... argument} = &{storage for i16 % 16}:
./const_divisors.go:11:59:     from i16 % 16 (spill) at ./const_divisors.go:11:59
./const_divisors.go:11:59:     from ... argument (slice-literal-element) at ./const_divisors.go:11:14
./const_divisors.go:11:59:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:11:59:     from ... argument (spill) at ./const_divisors.go:11:14
./const_divisors.go:11:59:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:11:14
./const_divisors.go:11:51: i16 / 16 escapes to heap:
./const_divisors.go:11:51:   flow: {storage for ... argument} = &{storage for i16 / 16}:
./const_divisors.go:11:51:     from i16 / 16 (spill) at ./const_divisors.go:11:51
./const_divisors.go:11:51:     from ... argument (slice-literal-element) at ./const_divisors.go:11:14
./const_divisors.go:11:51:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:11:51:     from ... argument (spill) at ./const_divisors.go:11:14
./const_divisors.go:11:51:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:11:14
./const_divisors.go:11:41: i8 / -128 escapes to heap:
./const_divisors.go:11:41:   flow: {storage for ... argument} = &{storage for i8 / -128}:
./const_divisors.go:11:41:     from i8 / -128 (spill) at ./const_divisors.go:11:41
./const_divisors.go:11:41:     from ... argument (slice-literal-element) at ./const_divisors.go:11:14
./const_divisors.go:11:41:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:11:41:     from ... argument (spill) at ./const_divisors.go:11:14
./const_divisors.go:11:41:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:11:14
./const_divisors.go:11:35: i8 % 3 escapes to heap:
./const_divisors.go:11:35:   flow: {storage for ... argument} = &{storage for i8 % 3}:
./const_divisors.go:11:35:     from i8 % 3 (spill) at ./const_divisors.go:11:35
./const_divisors.go:11:35:     from ... argument (slice-literal-element) at ./const_divisors.go:11:14
./const_divisors.go:11:35:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:11:35:     from ... argument (spill) at ./const_divisors.go:11:14
./const_divisors.go:11:35:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:11:14
./const_divisors.go:11:29: i8 / 3 escapes to heap:
./const_divisors.go:11:29:   flow: {storage for ... argument} = &{storage for i8 / 3}:
./const_divisors.go:11:29:     from i8 / 3 (spill) at ./const_divisors.go:11:29
./const_divisors.go:11:29:     from ... argument (slice-literal-element) at ./const_divisors.go:11:14
./const_divisors.go:11:29:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:11:29:     from ... argument (spill) at ./const_divisors.go:11:14
./const_divisors.go:11:29:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:11:14
./const_divisors.go:11:23: i8 % 4 escapes to heap:
./const_divisors.go:11:23:   flow: {storage for ... argument} = &{storage for i8 % 4}:
./const_divisors.go:11:23:     from i8 % 4 (spill) at ./const_divisors.go:11:23
./const_divisors.go:11:23:     from ... argument (slice-literal-element) at ./const_divisors.go:11:14
./const_divisors.go:11:23:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:11:23:     from ... argument (spill) at ./const_divisors.go:11:14
./const_divisors.go:11:23:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:11:14
./const_divisors.go:11:17: i8 / 4 escapes to heap:
./const_divisors.go:11:17:   flow: {storage for ... argument} = &{storage for i8 / 4}:
./const_divisors.go:11:17:     from i8 / 4 (spill) at ./const_divisors.go:11:17
./const_divisors.go:11:17:     from ... argument (slice-literal-element) at ./const_divisors.go:11:14
./const_divisors.go:11:17:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:11:17:     from ... argument (spill) at ./const_divisors.go:11:14
./const_divisors.go:11:17:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:11:14
./const_divisors.go:10:68: v % 1 escapes to heap:
./const_divisors.go:10:68:   flow: {storage for ... argument} = &{storage for v % 1}:
./const_divisors.go:10:68:     from v % 1 (spill) at ./const_divisors.go:10:68
./const_divisors.go:10:68:     from ... argument (slice-literal-element) at ./const_divisors.go:10:14
./const_divisors.go:10:68:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:10:68:     from ... argument (spill) at ./const_divisors.go:10:14
./const_divisors.go:10:68:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:10:14
./const_divisors.go:10:62: v / -1 escapes to heap:
./const_divisors.go:10:62:   flow: {storage for ... argument} = &{storage for v / -1}:
./const_divisors.go:10:62:     from v / -1 (spill) at ./const_divisors.go:10:62
./const_divisors.go:10:62:     from ... argument (slice-literal-element) at ./const_divisors.go:10:14
./const_divisors.go:10:62:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:10:62:     from ... argument (spill) at ./const_divisors.go:10:14
./const_divisors.go:10:62:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:10:14
./const_divisors.go:10:57: v / 1 escapes to heap:
./const_divisors.go:10:57:   flow: {storage for ... argument} = &{storage for v / 1}:
./const_divisors.go:10:57:     from v / 1 (spill) at ./const_divisors.go:10:57
./const_divisors.go:10:57:     from ... argument (slice-literal-element) at ./const_divisors.go:10:14
./const_divisors.go:10:57:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:10:57:     from ... argument (spill) at ./const_divisors.go:10:14
./const_divisors.go:10:57:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:10:14
./const_divisors.go:10:51: v / -7 escapes to heap:
./const_divisors.go:10:51:   flow: {storage for ... argument} = &{storage for v / -7}:
./const_divisors.go:10:51:     from v / -7 (spill) at ./const_divisors.go:10:51
./const_divisors.go:10:51:     from ... argument (slice-literal-element) at ./const_divisors.go:10:14
./const_divisors.go:10:51:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:10:51:     from ... argument (spill) at ./const_divisors.go:10:14
./const_divisors.go:10:51:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:10:14
./const_divisors.go:10:46: v % 7 escapes to heap:
./const_divisors.go:10:46:   flow: {storage for ... argument} = &{storage for v % 7}:
./const_divisors.go:10:46:     from v % 7 (spill) at ./const_divisors.go:10:46
./const_divisors.go:10:46:     from ... argument (slice-literal-element) at ./const_divisors.go:10:14
./const_divisors.go:10:46:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:10:46:     from ... argument (spill) at ./const_divisors.go:10:14
./const_divisors.go:10:46:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:10:14
./const_divisors.go:10:41: v / 7 escapes to heap:
./const_divisors.go:10:41:   flow: {storage for ... argument} = &{storage for v / 7}:
./const_divisors.go:10:41:     from v / 7 (spill) at ./const_divisors.go:10:41
./const_divisors.go:10:41:     from ... argument (slice-literal-element) at ./const_divisors.go:10:14
./const_divisors.go:10:41:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:10:41:     from ... argument (spill) at ./const_divisors.go:10:14
./const_divisors.go:10:41:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:10:14
./const_divisors.go:10:35: v % -8 escapes to heap:
./const_divisors.go:10:35:   flow: {storage for ... argument} = &{storage for v % -8}:
./const_divisors.go:10:35:     from v % -8 (spill) at ./const_divisors.go:10:35
./const_divisors.go:10:35:     from ... argument (slice-literal-element) at ./const_divisors.go:10:14
./const_divisors.go:10:35:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:10:35:     from ... argument (spill) at ./const_divisors.go:10:14
./const_divisors.go:10:35:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:10:14
./const_divisors.go:10:29: v / -8 escapes to heap:
./const_divisors.go:10:29:   flow: {storage for ... argument} = &{storage for v / -8}:
./const_divisors.go:10:29:     from v / -8 (spill) at ./const_divisors.go:10:29
./const_divisors.go:10:29:     from ... argument (slice-literal-element) at ./const_divisors.go:10:14
./const_divisors.go:10:29:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:10:29:     from ... argument (spill) at ./const_divisors.go:10:14
./const_divisors.go:10:29:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:10:14
./const_divisors.go:10:24: v % 8 escapes to heap:
./const_divisors.go:10:24:   flow: {storage for ... argument} = &{storage for v % 8}:
./const_divisors.go:10:24:     from v % 8 (spill) at ./const_divisors.go:10:24
./const_divisors.go:10:24:     from ... argument (slice-literal-element) at ./const_divisors.go:10:14
./const_divisors.go:10:24:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:10:24:     from ... argument (spill) at ./const_divisors.go:10:14
./const_divisors.go:10:24:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:10:14
./const_divisors.go:10:19: v / 8 escapes to heap:
./const_divisors.go:10:19:   flow: {storage for ... argument} = &{storage for v / 8}:
./const_divisors.go:10:19:     from v / 8 (spill) at ./const_divisors.go:10:19
./const_divisors.go:10:19:     from ... argument (slice-literal-element) at ./const_divisors.go:10:14
./const_divisors.go:10:19:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:10:19:     from ... argument (spill) at ./const_divisors.go:10:14
./const_divisors.go:10:19:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:10:14
./const_divisors.go:10:14: v escapes to heap:
./const_divisors.go:10:14:   flow: {storage for ... argument} = &{storage for v}:
./const_divisors.go:10:14:     from v (spill) at ./const_divisors.go:10:14
./const_divisors.go:10:14:     from ... argument (slice-literal-element) at ./const_divisors.go:10:14
./const_divisors.go:10:14:   flow: {heap} = {storage for ... argument}:
./const_divisors.go:10:14:     from ... argument (spill) at ./const_divisors.go:10:14
./const_divisors.go:10:14:     from fmt.Println(... argument...) (call parameter) at ./const_divisors.go:10:14
./const_divisors.go:6:17: []int64{...} does not escape
./const_divisors.go:10:14: ... argument does not escape
./const_divisors.go:10:14: v escapes to heap
./const_divisors.go:10:19: v / 8 escapes to heap
./const_divisors.go:10:24: v % 8 escapes to heap
./const_divisors.go:10:29: v / -8 escapes to heap
./const_divisors.go:10:35: v % -8 escapes to heap
./const_divisors.go:10:41: v / 7 escapes to heap
./const_divisors.go:10:46: v % 7 escapes to heap
./const_divisors.go:10:51: v / -7 escapes to heap
./const_divisors.go:10:57: v / 1 escapes to heap
./const_divisors.go:10:62: v / -1 escapes to heap
./const_divisors.go:10:68: v % 1 escapes to heap
./const_divisors.go:11:14: ... argument does not escape
./const_divisors.go:11:17: i8 / 4 escapes to heap
./const_divisors.go:11:23: i8 % 4 escapes to heap
./const_divisors.go:11:29: i8 / 3 escapes to heap
./const_divisors.go:11:35: i8 % 3 escapes to heap
./const_divisors.go:11:41: i8 / -128 escapes to heap
./const_divisors.go:11:51: i16 / 16 escapes to heap
./const_divisors.go:11:59: i16 % 16 escapes to heap
./const_divisors.go:11:67: i16 / 10 escapes to heap
./const_divisors.go:11:75: i16 % 10 escapes to heap
./const_divisors.go:11:83: i32 / 1024 escapes to heap
./const_divisors.go:11:93: i32 % 1024 escapes to heap
./const_divisors.go:11:103: i32 / 1000 escapes to heap
./const_divisors.go:11:113: i32 % -1000 escapes to heap
./const_divisors.go:12:14: ... argument does not escape
./const_divisors.go:12:17: u8 / 4 escapes to heap
./const_divisors.go:12:23: u8 % 4 escapes to heap
./const_divisors.go:12:29: u8 / 3 escapes to heap
./const_divisors.go:12:35: u8 % 3 escapes to heap
./const_divisors.go:12:42: u16 / 16 escapes to heap
./const_divisors.go:12:50: u16 % 10 escapes to heap
./const_divisors.go:12:58: u32 / 1024 escapes to heap
./const_divisors.go:12:68: u32 % 1000 escapes to heap
./const_divisors.go:12:78: u64 / 8 escapes to heap
./const_divisors.go:12:85: u64 % 8 escapes to heap
./const_divisors.go:12:92: u64 / 10 escapes to heap
./const_divisors.go:12:100: u64 % 10 escapes to heap
./const_divisors.go:12:108: u64 / (1 << 63) escapes to heap
./const_divisors.go:13:14: ... argument does not escape
./const_divisors.go:13:16: v << 3 escapes to heap
./const_divisors.go:13:22: v >> 3 escapes to heap
./const_divisors.go:13:29: i8 << 7 escapes to heap
./const_divisors.go:13:36: i8 >> 7 escapes to heap
./const_divisors.go:13:43: i8 >> 10 escapes to heap
./const_divisors.go:13:52: i16 << 20 escapes to heap
./const_divisors.go:13:61: i16 >> 20 escapes to heap
./const_divisors.go:13:69: u8 << 9 escapes to heap
./const_divisors.go:13:76: u8 >> 9 escapes to heap
./const_divisors.go:13:84: u32 << 40 escapes to heap
./const_divisors.go:13:93: u32 >> 40 escapes to heap
./const_divisors.go:13:100: v << 70 escapes to heap
./const_divisors.go:13:107: v >> 70 escapes to heap
./const_divisors.go:13:116: u64 >> 64 escapes to heap
./const_divisors.go:14:14: ... argument does not escape
./const_divisors.go:14:15: -v escapes to heap
./const_divisors.go:14:19: ^v escapes to heap
./const_divisors.go:14:23: +v escapes to heap
./const_divisors.go:14:27: -i8 escapes to heap
./const_divisors.go:14:32: ^i8 escapes to heap
./const_divisors.go:14:37: -u8 escapes to heap
./const_divisors.go:14:42: ^u8 escapes to heap
./const_divisors.go:14:47: -u64 escapes to heap
./const_divisors.go:14:53: ^u32 escapes to heap
