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
