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
