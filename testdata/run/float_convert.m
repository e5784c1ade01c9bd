./float_convert.go:12:19: []float64{...} does not escape
./float_convert.go:17:14: ... argument does not escape
./float_convert.go:17:14: v escapes to heap
./float_convert.go:17:22: int8(f) escapes to heap
./float_convert.go:17:32: int16(f) escapes to heap
./float_convert.go:17:42: int32(f) escapes to heap
./float_convert.go:17:52: int64(f) escapes to heap
./float_convert.go:17:60: int(f) escapes to heap
./float_convert.go:17:70: uint8(f) escapes to heap
./float_convert.go:17:81: uint16(f) escapes to heap
./float_convert.go:17:92: uint32(f) escapes to heap
./float_convert.go:17:103: uint64(f) escapes to heap
./float_convert.go:17:112: uint(f) escapes to heap
./float_convert.go:17:124: uintptr(f) escapes to heap
./float_convert.go:19:14: ... argument does not escape
./float_convert.go:19:14: g escapes to heap
./float_convert.go:19:22: int8(g) escapes to heap
./float_convert.go:19:32: int16(g) escapes to heap
./float_convert.go:19:42: int32(g) escapes to heap
./float_convert.go:19:52: int64(g) escapes to heap
./float_convert.go:19:62: uint8(g) escapes to heap
./float_convert.go:19:73: uint16(g) escapes to heap
./float_convert.go:19:84: uint32(g) escapes to heap
./float_convert.go:19:95: uint64(g) escapes to heap
./float_convert.go:23:13: ... argument does not escape
./float_convert.go:23:19: int64(nan) escapes to heap
./float_convert.go:23:32: uint64(nan) escapes to heap
./float_convert.go:23:44: int32(nan) escapes to heap
./float_convert.go:23:57: uint32(nan) escapes to heap
./float_convert.go:23:68: int8(nan) escapes to heap
./float_convert.go:23:80: uint8(nan) escapes to heap
./float_convert.go:24:13: ... argument does not escape
./float_convert.go:24:19: int32(inf) escapes to heap
./float_convert.go:24:32: uint32(-inf) escapes to heap
./float_convert.go:24:45: int64(inf) escapes to heap
./float_convert.go:24:58: uint64(inf) escapes to heap
./float_convert.go:24:70: int64(-inf) escapes to heap
./float_convert.go:24:83: uint8(inf) escapes to heap
./float_convert.go:33:13: ... argument does not escape
./float_convert.go:33:21: float64(u) escapes to heap
./float_convert.go:33:33: float32(u) escapes to heap
./float_convert.go:33:45: float64(u2) escapes to heap
./float_convert.go:33:58: float32(u2) escapes to heap
./float_convert.go:33:71: float64(u3) escapes to heap
./float_convert.go:33:84: float32(u3) escapes to heap
./float_convert.go:34:13: ... argument does not escape
./float_convert.go:34:21: float64(i64) escapes to heap
./float_convert.go:34:35: float32(i64) escapes to heap
./float_convert.go:34:49: float64(i64b) escapes to heap
./float_convert.go:34:64: float32(i64b) escapes to heap
./float_convert.go:34:79: float64(u32) escapes to heap
./float_convert.go:34:93: float32(u32) escapes to heap
./float_convert.go:35:13: ... argument does not escape
./float_convert.go:35:21: float64(i8) escapes to heap
./float_convert.go:35:34: float32(i8) escapes to heap
./float_convert.go:35:47: float64(u8) escapes to heap
./float_convert.go:35:60: float32(u8) escapes to heap
./float_convert.go:37:13: ... argument does not escape
./float_convert.go:37:15: a + b escapes to heap
./float_convert.go:37:29: float64(a) + float64(b) escapes to heap
./float_convert.go:37:43: a * a escapes to heap
./float_convert.go:37:48: a / 3 escapes to heap
./float_convert.go:37:59: float64(a / 3) escapes to heap
./float_convert.go:39:13: ... argument does not escape
./float_convert.go:39:21: float32(d) escapes to heap
./float_convert.go:39:33: float32(-d) escapes to heap
./float_convert.go:39:46: float32(id(1e-50)) escapes to heap
./float_convert.go:39:66: float32(id(0.1)) escapes to heap
