./const_typed.go:16:13: ... argument does not escape
./const_typed.go:16:15: f * 3 escapes to heap
./const_typed.go:16:20: g * 3 escapes to heap
./const_typed.go:16:24: h escapes to heap
./const_typed.go:16:27: k escapes to heap
./const_typed.go:16:37: float64(h) escapes to heap
./const_typed.go:16:48: T(0.1) * T(3) escapes to heap
./const_typed.go:16:62: f + 1e-9 == f escapes to heap
./const_typed.go:16:76: g + 1e-17 == g escapes to heap
./const_typed.go:18:13: ... argument does not escape
./const_typed.go:18:15: c * c escapes to heap
./const_typed.go:18:29: complex128(c) escapes to heap
./const_typed.go:18:38: real(c) escapes to heap
./const_typed.go:18:47: real(complex64(0.1i * 0.1i)) escapes to heap
./const_typed.go:20:13: ... argument does not escape
./const_typed.go:20:21: float32(big) escapes to heap
./const_typed.go:20:35: big * 1.5 / big escapes to heap
./const_typed.go:20:48: complex(big, 1e-300) escapes to heap
./const_typed.go:22:13: ... argument does not escape
./const_typed.go:22:15: x / 2 escapes to heap
./const_typed.go:22:20: x % 2 escapes to heap
./const_typed.go:22:26: -x / 2 escapes to heap
./const_typed.go:22:40: float64(x) / 2 escapes to heap
./const_typed.go:22:45: x << 1.0 escapes to heap
./const_typed.go:22:53: 1 << x escapes to heap
