./math_exact_ops.go:9:13: ... argument does not escape
./math_exact_ops.go:9:18: math.MaxInt64 escapes to heap
./math_exact_ops.go:9:33: math.MinInt64 escapes to heap
./math_exact_ops.go:9:50: uint64(math.MaxUint64) escapes to heap
./math_exact_ops.go:9:72: math.MaxInt8 escapes to heap
./math_exact_ops.go:9:86: math.MinInt32 escapes to heap
./math_exact_ops.go:10:13: ... argument does not escape
./math_exact_ops.go:10:18: math.MaxInt escapes to heap
./math_exact_ops.go:10:31: math.MinInt escapes to heap
./math_exact_ops.go:10:44: uint(math.MaxUint) escapes to heap
./math_exact_ops.go:10:64: math.MaxUint8 escapes to heap
./math_exact_ops.go:10:79: math.MaxUint16 escapes to heap
./math_exact_ops.go:10:95: math.MaxUint32 escapes to heap
./math_exact_ops.go:11:13: ... argument does not escape
./math_exact_ops.go:11:18: math.Pi escapes to heap
./math_exact_ops.go:11:27: math.E escapes to heap
./math_exact_ops.go:11:35: math.Ln2 escapes to heap
./math_exact_ops.go:11:45: math.Ln10 escapes to heap
./math_exact_ops.go:11:59: float32(math.Pi) escapes to heap
./math_exact_ops.go:15:29: []float64{...} does not escape
./math_exact_ops.go:16:14: ... argument does not escape
./math_exact_ops.go:16:14: x escapes to heap
./math_exact_ops.go:16:28: math.Floor(x) escapes to heap
./math_exact_ops.go:16:42: math.Ceil(x) escapes to heap
./math_exact_ops.go:16:57: math.Trunc(x) escapes to heap
./math_exact_ops.go:16:72: math.Round(x) escapes to heap
./math_exact_ops.go:16:93: math.RoundToEven(x) escapes to heap
./math_exact_ops.go:16:106: math.Abs(x) escapes to heap
./math_exact_ops.go:16:123: math.Signbit(x) escapes to heap
./math_exact_ops.go:18:13: ... argument does not escape
./math_exact_ops.go:18:23: math.Sqrt(2) escapes to heap
./math_exact_ops.go:18:37: math.Sqrt(-1) escapes to heap
./math_exact_ops.go:18:52: math.Sqrt(inf) escapes to heap
./math_exact_ops.go:18:68: math.Sqrt(negZero) escapes to heap
./math_exact_ops.go:19:13: ... argument does not escape
./math_exact_ops.go:19:22: math.Max(one, nan) escapes to heap
./math_exact_ops.go:19:42: math.Max(inf, nan) escapes to heap
./math_exact_ops.go:19:62: math.Max(zero, negZero) escapes to heap
./math_exact_ops.go:19:87: math.Max(negZero, zero) escapes to heap
./math_exact_ops.go:19:112: math.Max(-3, 2) escapes to heap
./math_exact_ops.go:20:13: ... argument does not escape
./math_exact_ops.go:20:22: math.Min(one, nan) escapes to heap
./math_exact_ops.go:20:42: math.Min(-inf, nan) escapes to heap
./math_exact_ops.go:20:63: math.Min(zero, negZero) escapes to heap
./math_exact_ops.go:20:88: math.Min(negZero, zero) escapes to heap
./math_exact_ops.go:20:113: math.Min(-3, 2) escapes to heap
./math_exact_ops.go:21:13: ... argument does not escape
./math_exact_ops.go:21:22: math.Mod(7, 3) escapes to heap
./math_exact_ops.go:21:38: math.Mod(-7, 3) escapes to heap
./math_exact_ops.go:21:55: math.Mod(7, -3) escapes to heap
./math_exact_ops.go:21:72: math.Mod(7, 0) escapes to heap
./math_exact_ops.go:21:88: math.Mod(inf, 2) escapes to heap
./math_exact_ops.go:21:106: math.Mod(5.5, 1.25) escapes to heap
./math_exact_ops.go:22:13: ... argument does not escape
./math_exact_ops.go:22:22: math.Dim(5, 3) escapes to heap
./math_exact_ops.go:22:38: math.Dim(3, 5) escapes to heap
./math_exact_ops.go:22:54: math.Dim(inf, inf) escapes to heap
./math_exact_ops.go:22:74: math.Dim(nan, 1) escapes to heap
./math_exact_ops.go:23:13: ... argument does not escape
./math_exact_ops.go:23:22: math.FMA(0.1, 10, -1) escapes to heap
./math_exact_ops.go:23:45: math.FMA(2, 3, 4) escapes to heap
./math_exact_ops.go:24:13: ... argument does not escape
./math_exact_ops.go:24:22: math.Inf(1) escapes to heap
./math_exact_ops.go:24:35: math.Inf(-1) escapes to heap
./math_exact_ops.go:24:49: math.Inf(0) escapes to heap
./math_exact_ops.go:24:64: math.IsNaN(nan) escapes to heap
./math_exact_ops.go:24:81: math.IsNaN(one) escapes to heap
./math_exact_ops.go:25:13: ... argument does not escape
./math_exact_ops.go:25:24: math.IsInf(inf, 1) escapes to heap
./math_exact_ops.go:25:44: math.IsInf(inf, -1) escapes to heap
./math_exact_ops.go:25:65: math.IsInf(-inf, 0) escapes to heap
./math_exact_ops.go:25:86: math.IsInf(one, 0) escapes to heap
./math_exact_ops.go:26:13: ... argument does not escape
./math_exact_ops.go:26:30: math.Float64bits(1.5) escapes to heap
./math_exact_ops.go:26:57: math.Float64frombits(0x4000000000000000) escapes to heap
./math_exact_ops.go:26:95: math.Float32bits(1.5) escapes to heap
./math_exact_ops.go:26:122: math.Float32frombits(0x40000000) escapes to heap
./math_exact_ops.go:27:13: ... argument does not escape
./math_exact_ops.go:27:30: math.Float64bits(nan) escapes to heap
./math_exact_ops.go:27:53: math.Float64bits(negZero) escapes to heap
./math_exact_ops.go:27:77: math.Copysign(-3, 1) escapes to heap
