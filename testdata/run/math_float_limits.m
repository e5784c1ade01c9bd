./math_float_limits.go:9:13: ... argument does not escape
./math_float_limits.go:9:18: math.MaxFloat64 escapes to heap
./math_float_limits.go:9:35: math.SmallestNonzeroFloat64 escapes to heap
./math_float_limits.go:9:64: math.MaxFloat32 escapes to heap
./math_float_limits.go:9:81: math.SmallestNonzeroFloat32 escapes to heap
./math_float_limits.go:11:13: ... argument does not escape
./math_float_limits.go:11:13: f32 escapes to heap
./math_float_limits.go:11:26: float32(math.SmallestNonzeroFloat32) escapes to heap
./math_float_limits.go:13:13: ... argument does not escape
./math_float_limits.go:13:14: big escapes to heap
