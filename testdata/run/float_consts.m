./float_consts.go:18:13: ... argument does not escape
./float_consts.go:18:22: 0.1 + 0.2 == 0.3 escapes to heap
./float_consts.go:18:38: third * 3 == 1 escapes to heap
./float_consts.go:18:49: huge == 10 escapes to heap
./float_consts.go:18:56: huge escapes to heap
./float_consts.go:20:13: ... argument does not escape
./float_consts.go:20:18: a + b == c escapes to heap
./float_consts.go:20:25: a + b escapes to heap
./float_consts.go:20:32: 0.1 + 0.2 escapes to heap
./float_consts.go:21:13: ... argument does not escape
./float_consts.go:21:21: float64(float32(0.1)) escapes to heap
./float_consts.go:21:44: float32(0.1) escapes to heap
./float_consts.go:21:58: float64(0.1) escapes to heap
./float_consts.go:22:13: ... argument does not escape
./float_consts.go:22:14: tiny escapes to heap
./float_consts.go:22:20: 5e-324 escapes to heap
./float_consts.go:22:51: 4.9406564584124654e-324 / 2 escapes to heap
./float_consts.go:22:55: 2.5e-324 escapes to heap
./float_consts.go:24:13: ... argument does not escape
./float_consts.go:24:13: x escapes to heap
./float_consts.go:24:18: 1 / x escapes to heap
./float_consts.go:25:13: ... argument does not escape
./float_consts.go:25:17: big >> 490 escapes to heap
./float_consts.go:25:27: big / (1 << 499) escapes to heap
./float_consts.go:25:41: big % 1000 escapes to heap
./float_consts.go:25:52: -big >> 499 escapes to heap
./float_consts.go:26:13: ... argument does not escape
./float_consts.go:26:20: uint64(maxU64) escapes to heap
./float_consts.go:26:36: maxU64 >> 1 escapes to heap
./float_consts.go:26:41: ^0 escapes to heap
./float_consts.go:26:45: ^uint8(1) escapes to heap
./float_consts.go:26:56: ^uint16(0) escapes to heap
./float_consts.go:27:13: ... argument does not escape
./float_consts.go:27:14: third escapes to heap
./float_consts.go:27:28: float32(third) escapes to heap
./float_consts.go:27:44: Celsius(third) escapes to heap
./float_consts.go:27:63: Celsius(1) / 3 escapes to heap
./float_consts.go:28:13: ... argument does not escape
./float_consts.go:28:14: 1e21 escapes to heap
./float_consts.go:28:20: 1e20 escapes to heap
./float_consts.go:28:26: 1e-7 escapes to heap
./float_consts.go:28:32: 0x1p-2 escapes to heap
./float_consts.go:28:40: 0x1.8p1 escapes to heap
./float_consts.go:28:49: 1_000.5 escapes to heap
./float_consts.go:28:58: 0.5e-1 escapes to heap
./float_consts.go:29:13: ... argument does not escape
./float_consts.go:29:21: 1 << 62 * 2 - 1 escapes to heap
./float_consts.go:29:26: 7 / 2 escapes to heap
./float_consts.go:29:32: -7 / 2 escapes to heap
./float_consts.go:29:37: 7 % -2 escapes to heap
./float_consts.go:29:44: -7 % 2 escapes to heap
./float_consts.go:29:51: 7.0 / 2 escapes to heap
./float_consts.go:29:56: 1 / 2.0 escapes to heap
./float_consts.go:31:13: ... argument does not escape
./float_consts.go:31:21: float32(f32max) escapes to heap
./float_consts.go:31:38: float64(f32max) escapes to heap
./float_consts.go:31:55: float32(1e-45) escapes to heap
./float_consts.go:31:71: float32(7e-46) escapes to heap
./float_consts.go:32:13: ... argument does not escape
./float_consts.go:32:22: 1e308 * 10 / 10 escapes to heap
./float_consts.go:32:33: 1e-320 * 1e10 escapes to heap
./float_consts.go:32:47: float64(1 << 53 + 1) escapes to heap
./float_consts.go:32:65: float32(1 << 24 + 1) escapes to heap
./float_consts.go:33:13: ... argument does not escape
./float_consts.go:33:17: 'a' * 2 escapes to heap
./float_consts.go:33:24: 'x' - 'a' escapes to heap
./float_consts.go:33:33: "s" + "t" escapes to heap
./float_consts.go:33:42: len("héllo") escapes to heap
./float_consts.go:33:60: 1.5 * 2 == 3 escapes to heap
./float_consts.go:37:13: ... argument does not escape
./float_consts.go:37:13: i8 escapes to heap
./float_consts.go:37:13: u8 escapes to heap
./float_consts.go:37:13: f escapes to heap
./float_consts.go:37:30: int64(1e18) escapes to heap
./float_consts.go:37:44: uint32(1 << 32 - 1) escapes to heap
./float_consts.go:37:60: int32(-1 << 31) escapes to heap
