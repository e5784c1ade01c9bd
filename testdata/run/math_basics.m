./math_basics.go:9:13: ... argument does not escape
./math_basics.go:9:18: math.MaxInt64 escapes to heap
./math_basics.go:9:33: math.MinInt64 escapes to heap
./math_basics.go:9:50: uint64(math.MaxUint64) escapes to heap
./math_basics.go:9:72: math.MaxInt8 escapes to heap
./math_basics.go:9:86: math.MinInt32 escapes to heap
./math_basics.go:10:13: ... argument does not escape
./math_basics.go:10:18: math.MaxInt escapes to heap
./math_basics.go:10:31: math.MinInt escapes to heap
./math_basics.go:10:44: uint(math.MaxUint) escapes to heap
./math_basics.go:10:64: math.MaxUint8 escapes to heap
./math_basics.go:10:79: math.MaxUint16 escapes to heap
./math_basics.go:10:95: math.MaxUint32 escapes to heap
./math_basics.go:11:13: ... argument does not escape
./math_basics.go:11:18: math.Pi escapes to heap
./math_basics.go:11:27: math.E escapes to heap
./math_basics.go:11:35: math.Ln2 escapes to heap
./math_basics.go:11:45: math.Log2E escapes to heap
./math_basics.go:11:57: math.Ln10 escapes to heap
./math_basics.go:11:68: math.Log10E escapes to heap
./math_basics.go:11:84: float32(math.Pi) escapes to heap
./math_basics.go:12:13: ... argument does not escape
./math_basics.go:12:18: math.Phi escapes to heap
./math_basics.go:12:28: math.Sqrt2 escapes to heap
./math_basics.go:12:40: math.SqrtE escapes to heap
./math_basics.go:12:52: math.SqrtPi escapes to heap
./math_basics.go:12:65: math.SqrtPhi escapes to heap
./math_basics.go:16:29: []float64{...} does not escape
./math_basics.go:17:14: ... argument does not escape
./math_basics.go:17:14: x escapes to heap
./math_basics.go:17:28: math.Floor(x) escapes to heap
./math_basics.go:17:42: math.Ceil(x) escapes to heap
./math_basics.go:17:57: math.Trunc(x) escapes to heap
./math_basics.go:17:72: math.Round(x) escapes to heap
./math_basics.go:17:93: math.RoundToEven(x) escapes to heap
./math_basics.go:17:106: math.Abs(x) escapes to heap
./math_basics.go:17:123: math.Signbit(x) escapes to heap
./math_basics.go:19:13: ... argument does not escape
./math_basics.go:19:23: math.Sqrt(2) escapes to heap
./math_basics.go:19:37: math.Sqrt(-1) escapes to heap
./math_basics.go:19:52: math.Sqrt(inf) escapes to heap
./math_basics.go:19:68: math.Sqrt(negZero) escapes to heap
./math_basics.go:20:13: ... argument does not escape
./math_basics.go:20:22: math.Max(one, nan) escapes to heap
./math_basics.go:20:42: math.Max(inf, nan) escapes to heap
./math_basics.go:20:62: math.Max(zero, negZero) escapes to heap
./math_basics.go:20:87: math.Max(negZero, zero) escapes to heap
./math_basics.go:20:112: math.Max(-3, 2) escapes to heap
./math_basics.go:21:13: ... argument does not escape
./math_basics.go:21:22: math.Min(one, nan) escapes to heap
./math_basics.go:21:42: math.Min(-inf, nan) escapes to heap
./math_basics.go:21:63: math.Min(zero, negZero) escapes to heap
./math_basics.go:21:88: math.Min(negZero, zero) escapes to heap
./math_basics.go:21:113: math.Min(-3, 2) escapes to heap
./math_basics.go:22:13: ... argument does not escape
./math_basics.go:22:22: math.Mod(7, 3) escapes to heap
./math_basics.go:22:38: math.Mod(-7, 3) escapes to heap
./math_basics.go:22:55: math.Mod(7, -3) escapes to heap
./math_basics.go:22:72: math.Mod(7, 0) escapes to heap
./math_basics.go:22:88: math.Mod(inf, 2) escapes to heap
./math_basics.go:22:106: math.Mod(5.5, 1.25) escapes to heap
./math_basics.go:23:13: ... argument does not escape
./math_basics.go:23:22: math.Dim(5, 3) escapes to heap
./math_basics.go:23:38: math.Dim(3, 5) escapes to heap
./math_basics.go:23:54: math.Dim(inf, inf) escapes to heap
./math_basics.go:23:74: math.Dim(nan, 1) escapes to heap
./math_basics.go:24:13: ... argument does not escape
./math_basics.go:24:22: math.FMA(0.1, 10, -1) escapes to heap
./math_basics.go:24:43: 0.1 * 10 - 1 escapes to heap
./math_basics.go:24:55: math.FMA(2, 3, 4) escapes to heap
./math_basics.go:25:13: ... argument does not escape
./math_basics.go:25:22: math.Inf(1) escapes to heap
./math_basics.go:25:35: math.Inf(-1) escapes to heap
./math_basics.go:25:49: math.Inf(0) escapes to heap
./math_basics.go:25:64: math.IsNaN(nan) escapes to heap
./math_basics.go:25:81: math.IsNaN(one) escapes to heap
./math_basics.go:26:13: ... argument does not escape
./math_basics.go:26:24: math.IsInf(inf, 1) escapes to heap
./math_basics.go:26:44: math.IsInf(inf, -1) escapes to heap
./math_basics.go:26:65: math.IsInf(-inf, 0) escapes to heap
./math_basics.go:26:86: math.IsInf(one, 0) escapes to heap
./math_basics.go:27:13: ... argument does not escape
./math_basics.go:27:30: math.Float64bits(1.5) escapes to heap
./math_basics.go:27:57: math.Float64frombits(0x4000000000000000) escapes to heap
./math_basics.go:27:95: math.Float32bits(1.5) escapes to heap
./math_basics.go:27:122: math.Float32frombits(0x40000000) escapes to heap
./math_basics.go:28:13: ... argument does not escape
./math_basics.go:28:30: math.Float64bits(nan) escapes to heap
./math_basics.go:28:53: math.Float64bits(negZero) escapes to heap
./math_basics.go:28:77: math.Copysign(3, -0.0) escapes to heap
./math_basics.go:28:101: math.Copysign(-3, 1) escapes to heap
