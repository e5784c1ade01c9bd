./math_funcs_bits.go:141:14: ... argument does not escape
./math_funcs_bits.go:141:15: name escapes to heap
./math_funcs_bits.go:141:54: math.Float64bits(x) escapes to heap
./math_funcs_bits.go:141:61: f1(k, x) escapes to heap
./math_funcs_bits.go:147:14: ... argument does not escape
./math_funcs_bits.go:147:15: name escapes to heap
./math_funcs_bits.go:147:58: math.Float64bits(x) escapes to heap
./math_funcs_bits.go:147:79: math.Float64bits(y) escapes to heap
./math_funcs_bits.go:147:86: f2(k, x, y) escapes to heap
./math_funcs_bits.go:148:14: ... argument does not escape
./math_funcs_bits.go:148:15: name escapes to heap
./math_funcs_bits.go:148:58: math.Float64bits(y) escapes to heap
./math_funcs_bits.go:148:79: math.Float64bits(x) escapes to heap
./math_funcs_bits.go:148:86: f2(k, y, x) escapes to heap
./math_funcs_bits.go:159:14: ... argument does not escape
./math_funcs_bits.go:159:15: name escapes to heap
./math_funcs_bits.go:159:15: w escapes to heap
./math_funcs_bits.go:159:15: h escapes to heap
./math_funcs_bits.go:174:14: ... argument does not escape
./math_funcs_bits.go:174:15: name escapes to heap
./math_funcs_bits.go:174:15: w escapes to heap
./math_funcs_bits.go:174:15: h escapes to heap
./math_funcs_bits.go:181:12: ... argument does not escape
./math_funcs_bits.go:181:13: h escapes to heap
./math_funcs_bits.go:191:12: ... argument does not escape
./math_funcs_bits.go:191:13: h escapes to heap
