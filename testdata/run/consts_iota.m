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
