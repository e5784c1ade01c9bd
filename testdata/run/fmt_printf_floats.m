./fmt_printf_floats.go:8:17: []float64{...} does not escape
./fmt_printf_floats.go:10:13: ... argument does not escape
./fmt_printf_floats.go:10:14: x escapes to heap
./fmt_printf_floats.go:10:14: x escapes to heap
./fmt_printf_floats.go:10:14: x escapes to heap
./fmt_printf_floats.go:10:14: x escapes to heap
./fmt_printf_floats.go:10:14: x escapes to heap
./fmt_printf_floats.go:10:14: x escapes to heap
./fmt_printf_floats.go:10:14: x escapes to heap
./fmt_printf_floats.go:10:14: x escapes to heap
./fmt_printf_floats.go:10:14: x escapes to heap
./fmt_printf_floats.go:10:14: x escapes to heap
./fmt_printf_floats.go:10:14: x escapes to heap
./fmt_printf_floats.go:10:14: x escapes to heap
./fmt_printf_floats.go:10:14: x escapes to heap
./fmt_printf_floats.go:10:14: x escapes to heap
./fmt_printf_floats.go:10:14: x escapes to heap
./fmt_printf_floats.go:13:13: ... argument does not escape
./fmt_printf_floats.go:13:14: x escapes to heap
./fmt_printf_floats.go:13:14: x escapes to heap
./fmt_printf_floats.go:13:14: x escapes to heap
./fmt_printf_floats.go:13:14: x escapes to heap
./fmt_printf_floats.go:13:14: x escapes to heap
./fmt_printf_floats.go:13:14: x escapes to heap
./fmt_printf_floats.go:13:14: x escapes to heap
./fmt_printf_floats.go:13:14: x escapes to heap
./fmt_printf_floats.go:13:14: x escapes to heap
./fmt_printf_floats.go:13:14: x escapes to heap
./fmt_printf_floats.go:13:14: x escapes to heap
./fmt_printf_floats.go:15:12: ... argument does not escape
./fmt_printf_floats.go:15:53: 0.5 escapes to heap
./fmt_printf_floats.go:15:58: 1.5 escapes to heap
./fmt_printf_floats.go:15:63: 2.5 escapes to heap
./fmt_printf_floats.go:15:68: 3.5 escapes to heap
./fmt_printf_floats.go:15:73: 0.25 escapes to heap
./fmt_printf_floats.go:15:79: 1.005 escapes to heap
./fmt_printf_floats.go:15:86: 0.125 escapes to heap
./fmt_printf_floats.go:16:12: ... argument does not escape
./fmt_printf_floats.go:16:50: 123.456 escapes to heap
./fmt_printf_floats.go:16:59: 123.456 escapes to heap
./fmt_printf_floats.go:16:68: 123.456 escapes to heap
./fmt_printf_floats.go:16:77: 123.456 escapes to heap
./fmt_printf_floats.go:16:86: 123.456 escapes to heap
./fmt_printf_floats.go:16:95: 0.1 escapes to heap
./fmt_printf_floats.go:17:12: ... argument does not escape
./fmt_printf_floats.go:17:37: 9.9996 escapes to heap
./fmt_printf_floats.go:17:48: 1.0 / 3.0 escapes to heap
./fmt_printf_floats.go:17:54: 5.5 escapes to heap
./fmt_printf_floats.go:17:59: 1e100 escapes to heap
./fmt_printf_floats.go:22:12: ... argument does not escape
./fmt_printf_floats.go:22:13: inf escapes to heap
./fmt_printf_floats.go:22:13: ninf escapes to heap
./fmt_printf_floats.go:22:13: nan escapes to heap
./fmt_printf_floats.go:22:13: inf escapes to heap
./fmt_printf_floats.go:22:13: inf escapes to heap
./fmt_printf_floats.go:22:13: nan escapes to heap
./fmt_printf_floats.go:22:13: ninf escapes to heap
./fmt_printf_floats.go:22:13: nan escapes to heap
./fmt_printf_floats.go:22:13: nan escapes to heap
./fmt_printf_floats.go:22:13: inf escapes to heap
./fmt_printf_floats.go:22:13: inf escapes to heap
./fmt_printf_floats.go:22:13: nan escapes to heap
./fmt_printf_floats.go:22:13: ninf escapes to heap
./fmt_printf_floats.go:23:12: ... argument does not escape
./fmt_printf_floats.go:23:13: inf escapes to heap
./fmt_printf_floats.go:23:13: nan escapes to heap
./fmt_printf_floats.go:23:13: ninf escapes to heap
./fmt_printf_floats.go:23:13: nan escapes to heap
./fmt_printf_floats.go:25:12: ... argument does not escape
./fmt_printf_floats.go:25:13: neg escapes to heap
./fmt_printf_floats.go:25:13: neg escapes to heap
./fmt_printf_floats.go:25:13: neg escapes to heap
./fmt_printf_floats.go:25:13: neg escapes to heap
./fmt_printf_floats.go:25:13: zero escapes to heap
./fmt_printf_floats.go:29:12: ... argument does not escape
./fmt_printf_floats.go:29:13: f32 escapes to heap
./fmt_printf_floats.go:29:13: g32 escapes to heap
./fmt_printf_floats.go:29:13: h32 escapes to heap
./fmt_printf_floats.go:29:13: g32 escapes to heap
./fmt_printf_floats.go:29:13: h32 escapes to heap
./fmt_printf_floats.go:29:13: f32 escapes to heap
./fmt_printf_floats.go:29:13: f32 escapes to heap
./fmt_printf_floats.go:29:13: f32 escapes to heap
./fmt_printf_floats.go:29:13: f32 escapes to heap
./fmt_printf_floats.go:30:12: ... argument does not escape
./fmt_printf_floats.go:30:37: Temp(36.6) escapes to heap
./fmt_printf_floats.go:30:49: Temp(36.6) escapes to heap
./fmt_printf_floats.go:30:61: Temp(1) escapes to heap
./fmt_printf_floats.go:30:70: Temp(2) escapes to heap
./fmt_printf_floats.go:31:12: ... argument does not escape
./fmt_printf_floats.go:31:38: []float64{...} escapes to heap
./fmt_printf_floats.go:31:38: []float64{...} escapes to heap
./fmt_printf_floats.go:31:57: []float64{...} escapes to heap
./fmt_printf_floats.go:31:57: []float64{...} escapes to heap
./fmt_printf_floats.go:31:78: [2]float64{...} escapes to heap
./fmt_printf_floats.go:32:12: ... argument does not escape
./fmt_printf_floats.go:32:33: 1.5 escapes to heap
./fmt_printf_floats.go:32:38: 1.5 escapes to heap
./fmt_printf_floats.go:32:43: 1.5 escapes to heap
./fmt_printf_floats.go:32:48: 1.5 escapes to heap
./fmt_printf_floats.go:32:53: 1.5 escapes to heap
./fmt_printf_floats.go:33:12: ... argument does not escape
./fmt_printf_floats.go:33:44: 3.14159 escapes to heap
./fmt_printf_floats.go:33:53: 3.14159 escapes to heap
./fmt_printf_floats.go:33:62: 3.14159 escapes to heap
./fmt_printf_floats.go:33:71: 3.14159 escapes to heap
./fmt_printf_floats.go:34:12: ... argument does not escape
./fmt_printf_floats.go:34:36: 2 escapes to heap
./fmt_printf_floats.go:34:39: 3.14159 escapes to heap
./fmt_printf_floats.go:34:48: 10 escapes to heap
./fmt_printf_floats.go:34:52: 3 escapes to heap
./fmt_printf_floats.go:34:55: 2.71828 escapes to heap
./fmt_printf_floats.go:34:64: 12 escapes to heap
./fmt_printf_floats.go:34:68: 2 escapes to heap
./fmt_printf_floats.go:34:71: 1234.5 escapes to heap
./fmt_printf_floats.go:35:13: ... argument does not escape
./fmt_printf_floats.go:35:14: 1.5 escapes to heap
./fmt_printf_floats.go:35:19: 1e21 escapes to heap
./fmt_printf_floats.go:35:25: 1e20 escapes to heap
./fmt_printf_floats.go:35:31: 123456789.0 escapes to heap
./fmt_printf_floats.go:35:51: float32(0.5) escapes to heap
./fmt_printf_floats.go:35:58: 5e-324 escapes to heap
./fmt_printf_floats.go:35:66: 1.7976931348623157e308 escapes to heap
