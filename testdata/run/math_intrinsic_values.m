./math_intrinsic_values.go:11:19: []float64{...} does not escape
./math_intrinsic_values.go:18:13: ... argument does not escape
./math_intrinsic_values.go:18:14: v escapes to heap
./math_intrinsic_values.go:18:53: math.Float64bits(s) escapes to heap
./math_intrinsic_values.go:18:74: math.Float64bits(a) escapes to heap
./math_intrinsic_values.go:18:95: math.Float64bits(c1) escapes to heap
./math_intrinsic_values.go:18:117: math.Float64bits(c2) escapes to heap
./math_intrinsic_values.go:21:13: ... argument does not escape
./math_intrinsic_values.go:21:23: math.Sqrt(float64(f32)) escapes to heap
./math_intrinsic_values.go:21:46: float32(math.Sqrt(float64(f32))) escapes to heap
