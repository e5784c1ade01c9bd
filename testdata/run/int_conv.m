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
