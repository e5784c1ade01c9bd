./math_funcs.go:9:29: []float64{...} does not escape
./math_funcs.go:10:14: ... argument does not escape
./math_funcs.go:10:14: x escapes to heap
./math_funcs.go:10:26: math.Sin(x) escapes to heap
./math_funcs.go:10:39: math.Cos(x) escapes to heap
./math_funcs.go:10:52: math.Tan(x) escapes to heap
./math_funcs.go:10:66: math.Atan(x) escapes to heap
./math_funcs.go:10:80: math.Sinh(x) escapes to heap
./math_funcs.go:10:94: math.Tanh(x) escapes to heap
./math_funcs.go:11:14: ... argument does not escape
./math_funcs.go:11:23: math.Exp(x) escapes to heap
./math_funcs.go:11:37: math.Exp2(x) escapes to heap
./math_funcs.go:11:52: math.Expm1(x) escapes to heap
./math_funcs.go:11:65: math.Log(x) escapes to heap
./math_funcs.go:11:79: math.Log2(x) escapes to heap
./math_funcs.go:11:94: math.Log10(x) escapes to heap
./math_funcs.go:11:109: math.Log1p(x) escapes to heap
./math_funcs.go:12:14: ... argument does not escape
./math_funcs.go:12:24: math.Asin(x) escapes to heap
./math_funcs.go:12:38: math.Acos(x) escapes to heap
./math_funcs.go:12:53: math.Asinh(x) escapes to heap
./math_funcs.go:12:68: math.Acosh(x) escapes to heap
./math_funcs.go:12:83: math.Atanh(x) escapes to heap
./math_funcs.go:12:97: math.Cbrt(x) escapes to heap
./math_funcs.go:12:111: math.Cosh(x) escapes to heap
./math_funcs.go:16:14: ... argument does not escape
./math_funcs.go:16:14: s escapes to heap
./math_funcs.go:16:14: c escapes to heap
./math_funcs.go:16:14: i escapes to heap
./math_funcs.go:16:14: f escapes to heap
./math_funcs.go:16:14: fr escapes to heap
./math_funcs.go:16:14: e escapes to heap
./math_funcs.go:16:44: math.Ldexp(fr, e) escapes to heap
./math_funcs.go:16:63: math.Ldexp(math.Frexp(x)) escapes to heap
./math_funcs.go:16:89: math.Logb(x) escapes to heap
./math_funcs.go:16:104: math.Ilogb(x) escapes to heap
./math_funcs.go:18:13: ... argument does not escape
./math_funcs.go:18:22: math.Pow(2, 10) escapes to heap
./math_funcs.go:18:39: math.Pow(2, 0.5) escapes to heap
./math_funcs.go:18:57: math.Pow(-8, 1.0 / 3) escapes to heap
./math_funcs.go:18:78: math.Pow(-2, 3) escapes to heap
./math_funcs.go:18:95: math.Pow(0, -1) escapes to heap
./math_funcs.go:18:112: math.Pow(10, -3) escapes to heap
./math_funcs.go:19:13: ... argument does not escape
./math_funcs.go:19:24: math.Atan2(1, 1) escapes to heap
./math_funcs.go:19:42: math.Atan2(-1, -1) escapes to heap
./math_funcs.go:19:62: math.Atan2(0, -1) escapes to heap
./math_funcs.go:19:81: math.Hypot(3, 4) escapes to heap
./math_funcs.go:19:99: math.Hypot(math.Inf(-1), math.NaN()) escapes to heap
./math_funcs.go:20:13: ... argument does not escape
./math_funcs.go:20:28: math.Remainder(10, 3) escapes to heap
./math_funcs.go:20:51: math.Remainder(11, 3) escapes to heap
./math_funcs.go:20:74: math.Remainder(-7.5, 2) escapes to heap
./math_funcs.go:20:93: math.Dim(4, 1.5) escapes to heap
./math_funcs.go:21:13: ... argument does not escape
./math_funcs.go:21:24: math.Pow10(-5) escapes to heap
./math_funcs.go:21:40: math.Pow10(20) escapes to heap
./math_funcs.go:21:56: math.Pow10(400) escapes to heap
./math_funcs.go:21:73: math.Pow10(-400) escapes to heap
./math_funcs.go:22:13: ... argument does not escape
./math_funcs.go:22:28: math.Nextafter(1, 2) escapes to heap
./math_funcs.go:22:50: math.Nextafter(1, 0) escapes to heap
./math_funcs.go:22:72: math.Nextafter(0, -1) escapes to heap
./math_funcs.go:22:97: math.Nextafter32(1, 2) escapes to heap
./math_funcs.go:22:121: math.Nextafter32(0, 1) escapes to heap
./math_funcs.go:23:13: ... argument does not escape
./math_funcs.go:23:22: math.Log(-1) escapes to heap
./math_funcs.go:23:36: math.Log(0) escapes to heap
./math_funcs.go:23:50: math.Sqrt(math.Exp(1)) escapes to heap
./math_funcs.go:23:73: math.Exp(math.Log(7)) escapes to heap
./math_funcs.go:24:29: []float64{...} does not escape
./math_funcs.go:26:14: ... argument does not escape
./math_funcs.go:26:14: x escapes to heap
./math_funcs.go:26:26: math.Erf(x / 4) escapes to heap
./math_funcs.go:26:42: math.Erfc(x / 4) escapes to heap
./math_funcs.go:26:60: math.Erfinv(x / 300) escapes to heap
./math_funcs.go:26:81: math.Erfcinv(x / 300) escapes to heap
./math_funcs.go:26:100: math.Gamma(x) escapes to heap
./math_funcs.go:26:100: lg escapes to heap
./math_funcs.go:26:100: sign escapes to heap
./math_funcs.go:33:12: ... argument does not escape
./math_funcs.go:33:13: total escapes to heap
./math_funcs.go:33:50: math.Float64bits(total) escapes to heap
