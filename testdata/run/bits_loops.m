./bits_loops.go:37:28: []uint64{...} does not escape
./bits_loops.go:38:14: ... argument does not escape
./bits_loops.go:38:14: v escapes to heap
./bits_loops.go:38:26: popcount(v) escapes to heap
./bits_loops.go:40:13: ... argument does not escape
./bits_loops.go:40:25: reverseBits(1) escapes to heap
./bits_loops.go:40:41: reverseBits(0xF0000000) escapes to heap
./bits_loops.go:40:66: reverseBits(0x12345678) escapes to heap
./bits_loops.go:42:14: ... argument does not escape
./bits_loops.go:42:14: k escapes to heap
./bits_loops.go:42:22: rotl(0xABCD, k) escapes to heap
./bits_loops.go:44:27: []uint8{...} does not escape
./bits_loops.go:45:14: ... argument does not escape
./bits_loops.go:45:14: b escapes to heap
./bits_loops.go:45:21: clz(b) escapes to heap
./bits_loops.go:49:13: ... argument does not escape
./bits_loops.go:49:15: x >> 31 escapes to heap
./bits_loops.go:49:22: y >> 31 escapes to heap
./bits_loops.go:49:29: x >> uint8(200) escapes to heap
./bits_loops.go:49:44: y << uint16(31) escapes to heap
./bits_loops.go:51:13: ... argument does not escape
./bits_loops.go:51:15: s >> 15 escapes to heap
./bits_loops.go:51:30: uint16(s) >> 15 escapes to heap
./bits_loops.go:51:37: s << 1 escapes to heap
./bits_loops.go:51:43: s >> 1 escapes to heap
