./float_format.go:13:13: ... argument does not escape
./float_format.go:13:13: f32v escapes to heap
./float_format.go:13:27: float32(0.3) escapes to heap
./float_format.go:13:44: float32(1) / 3 escapes to heap
./float_format.go:13:55: float32(16777217) escapes to heap
./float_format.go:13:74: float32(1e10) escapes to heap
./float_format.go:18:19: []float64{...} does not escape
./float_format.go:22:14: ... argument does not escape
./float_format.go:22:14: v escapes to heap
./float_format.go:22:25: float32(v) escapes to heap
./float_format.go:22:30: -v escapes to heap
./float_format.go:25:13: ... argument does not escape
./float_format.go:25:20: f64(1) / zero escapes to heap
./float_format.go:25:34: f64(-1) / zero escapes to heap
./float_format.go:25:45: zero / zero escapes to heap
./float_format.go:25:45: negz escapes to heap
./float_format.go:25:59: 1 / negz escapes to heap
./float_format.go:26:13: ... argument does not escape
./float_format.go:26:18: nan == nan escapes to heap
./float_format.go:26:30: nan != nan escapes to heap
./float_format.go:26:42: nan < 1 escapes to heap
./float_format.go:26:51: nan > 1 escapes to heap
./float_format.go:26:60: nan <= nan escapes to heap
./float_format.go:26:72: inf > 1e308 escapes to heap
./float_format.go:26:86: -inf < -1e308 escapes to heap
./float_format.go:27:11: ... argument does not escape
./float_format.go:27:12: 1.5 escapes to heap
./float_format.go:27:17: 2.5 escapes to heap
./float_format.go:27:22: "x" escapes to heap
./float_format.go:27:27: 3.5 escapes to heap
./float_format.go:27:32: "\n" escapes to heap
./float_format.go:29:13: ... argument does not escape
./float_format.go:29:13: small escapes to heap
./float_format.go:29:26: small / 2 escapes to heap
./float_format.go:29:41: f32(3.4e38) * 10 escapes to heap
./float_format.go:29:54: f32(0.1) + f32(0.2) escapes to heap
./float_format.go:29:73: f32(0.1) * f32(3) escapes to heap
./float_format.go:31:13: ... argument does not escape
./float_format.go:31:17: x * y + z escapes to heap
./float_format.go:31:24: x * y - z escapes to heap
./float_format.go:31:33: x + y + z escapes to heap
./float_format.go:31:38: x + (y + z) escapes to heap
./float_format.go:31:50: x * 3 == 0.3 escapes to heap
./float_format.go:32:6: 2.5 escapes to heap
./float_format.go:33:6: float32(2.5) escapes to heap
./float_format.go:34:13: ... argument does not escape
./float_format.go:34:29: []float64{...} escapes to heap
./float_format.go:34:29: []float64{...} escapes to heap
./float_format.go:34:49: [2]float32{...} escapes to heap
./float_format.go:34:83: struct { A float64; B float64 }{...} escapes to heap
