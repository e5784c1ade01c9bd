./float_fma.go:20:13: ... argument does not escape
./float_fma.go:20:17: x * y + z escapes to heap
./float_fma.go:20:22: z + x * y escapes to heap
./float_fma.go:20:31: x * y - 1 escapes to heap
./float_fma.go:20:36: 1 - x * y escapes to heap
./float_fma.go:20:45: x * x - 0.01 escapes to heap
./float_fma.go:20:64: float64(x * y) + z escapes to heap
./float_fma.go:20:74: -(x * y) + 1 escapes to heap
./float_fma.go:20:84: -x * y + 1 escapes to heap
./float_fma.go:24:13: ... argument does not escape
./float_fma.go:24:13: u escapes to heap
./float_fma.go:24:19: t2 + z escapes to heap
./float_fma.go:24:24: t - 1 escapes to heap
./float_fma.go:24:31: x * y + x * y escapes to heap
./float_fma.go:26:13: ... argument does not escape
./float_fma.go:26:17: a * b - 1 escapes to heap
./float_fma.go:26:22: 1 - a * b escapes to heap
./float_fma.go:26:31: a * a + b * b escapes to heap
./float_fma.go:26:40: a * a - b * b escapes to heap
./float_fma.go:28:13: ... argument does not escape
./float_fma.go:28:17: f * g - 1 escapes to heap
./float_fma.go:28:24: f * f + 0.5 escapes to heap
./float_fma.go:28:42: float32(f * g) - 1 escapes to heap
./float_fma.go:33:13: ... argument does not escape
./float_fma.go:33:13: acc escapes to heap
./float_fma.go:37:13: ... argument does not escape
./float_fma.go:37:15: c * d escapes to heap
./float_fma.go:37:20: c * c escapes to heap
./float_fma.go:37:27: c64 * c64 escapes to heap
./float_fma.go:37:37: cdiv(c, d) escapes to heap
./float_fma.go:37:49: cdiv(d, c) escapes to heap
./float_fma.go:37:58: c / (complex(id(3), id(7))) escapes to heap
