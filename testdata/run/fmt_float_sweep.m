./fmt_float_sweep.go:19:13: ... argument does not escape
./fmt_float_sweep.go:19:14: x escapes to heap
./fmt_float_sweep.go:19:14: x escapes to heap
./fmt_float_sweep.go:19:14: x escapes to heap
./fmt_float_sweep.go:19:14: x escapes to heap
./fmt_float_sweep.go:19:14: x escapes to heap
./fmt_float_sweep.go:19:14: x escapes to heap
./fmt_float_sweep.go:19:14: x escapes to heap
./fmt_float_sweep.go:19:14: x escapes to heap
./fmt_float_sweep.go:19:14: y escapes to heap
./fmt_float_sweep.go:19:14: y escapes to heap
./fmt_float_sweep.go:19:14: y escapes to heap
./fmt_float_sweep.go:19:14: y escapes to heap
./fmt_float_sweep.go:19:14: y escapes to heap
./fmt_float_sweep.go:19:14: x escapes to heap
./fmt_float_sweep.go:19:14: x escapes to heap
./fmt_float_sweep.go:19:14: y escapes to heap
./fmt_float_sweep.go:20:14: ... argument does not escape
./fmt_float_sweep.go:20:14: x escapes to heap
./fmt_float_sweep.go:20:14: y escapes to heap
./fmt_float_sweep.go:20:22: x * 1e-10 escapes to heap
./fmt_float_sweep.go:20:37: float32(x) escapes to heap
