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
