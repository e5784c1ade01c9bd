./math_funcs_bits.go:155:14: ... argument does not escape
./math_funcs_bits.go:155:15: name escapes to heap
./math_funcs_bits.go:155:54: math.Float64bits(x) escapes to heap
./math_funcs_bits.go:155:61: f1(k, x) escapes to heap
./math_funcs_bits.go:161:14: ... argument does not escape
./math_funcs_bits.go:161:15: name escapes to heap
./math_funcs_bits.go:161:58: math.Float64bits(x) escapes to heap
./math_funcs_bits.go:161:79: math.Float64bits(y) escapes to heap
./math_funcs_bits.go:161:86: f2(k, x, y) escapes to heap
./math_funcs_bits.go:162:14: ... argument does not escape
./math_funcs_bits.go:162:15: name escapes to heap
./math_funcs_bits.go:162:58: math.Float64bits(y) escapes to heap
./math_funcs_bits.go:162:79: math.Float64bits(x) escapes to heap
./math_funcs_bits.go:162:86: f2(k, y, x) escapes to heap
./math_funcs_bits.go:173:14: ... argument does not escape
./math_funcs_bits.go:173:15: name escapes to heap
./math_funcs_bits.go:173:15: w escapes to heap
./math_funcs_bits.go:173:15: h escapes to heap
./math_funcs_bits.go:188:14: ... argument does not escape
./math_funcs_bits.go:188:15: name escapes to heap
./math_funcs_bits.go:188:15: w escapes to heap
./math_funcs_bits.go:188:15: h escapes to heap
./math_funcs_bits.go:195:12: ... argument does not escape
./math_funcs_bits.go:195:13: h escapes to heap
./math_funcs_bits.go:205:12: ... argument does not escape
./math_funcs_bits.go:205:13: h escapes to heap
