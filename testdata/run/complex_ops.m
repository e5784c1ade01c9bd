./complex_ops.go:22:13: ... argument does not escape
./complex_ops.go:22:14: r0 escapes to heap
./complex_ops.go:22:22: imag(c0 * c0) escapes to heap
./complex_ops.go:22:22: a escapes to heap
./complex_ops.go:22:22: b escapes to heap
./complex_ops.go:22:22: c escapes to heap
./complex_ops.go:22:44: real(c) escapes to heap
./complex_ops.go:22:53: imag(b) escapes to heap
./complex_ops.go:23:13: ... argument does not escape
./complex_ops.go:23:17: c0 == 1 + 2i escapes to heap
./complex_ops.go:23:35: complex64(c0) escapes to heap
./complex_ops.go:23:43: 1i * 1i escapes to heap
./complex_ops.go:23:48: -c escapes to heap
./complex_ops.go:23:53: c - a escapes to heap
./complex_ops.go:23:58: c * a escapes to heap
./complex_ops.go:23:63: c / a escapes to heap
./complex_ops.go:23:68: a + 1 escapes to heap
./complex_ops.go:24:13: ... argument does not escape
./complex_ops.go:24:16: c == complex(3, 4) escapes to heap
./complex_ops.go:24:36: c != a escapes to heap
./complex_ops.go:24:52: complex128(b) escapes to heap
./complex_ops.go:24:66: complex64(c) escapes to heap
./complex_ops.go:27:13: ... argument does not escape
./complex_ops.go:27:17: div(1, zero) escapes to heap
./complex_ops.go:27:31: div(zero, zero) escapes to heap
./complex_ops.go:27:48: div(c, inf) escapes to heap
./complex_ops.go:27:61: div(inf, c) escapes to heap
./complex_ops.go:27:74: div(complex(1e300, 1e300), complex(1e-300, 1e-300)) escapes to heap
./complex_ops.go:28:13: ... argument does not escape
./complex_ops.go:28:17: div(complex(1, 1), complex(0, 1)) escapes to heap
./complex_ops.go:28:52: div(3 + 4i, 1 - 2i) escapes to heap
./complex_ops.go:28:69: div(1, 3) escapes to heap
./complex_ops.go:29:13: ... argument does not escape
./complex_ops.go:29:19: mul64(complex(1.1, 2.2), complex(3.3, 4.4)) escapes to heap
./complex_ops.go:29:64: mul64(1e20 + 1e20i, 1e20 + 1e20i) escapes to heap
./complex_ops.go:34:13: ... argument does not escape
./complex_ops.go:34:13: v escapes to heap
./complex_ops.go:34:13: w escapes to heap
./complex_ops.go:34:24: real(w) escapes to heap
./complex_ops.go:34:33: imag(w) escapes to heap
./complex_ops.go:35:22: c escapes to heap
./complex_ops.go:36:22: v escapes to heap
./complex_ops.go:37:13: ... argument does not escape
./complex_ops.go:37:32: []complex128{...} escapes to heap
./complex_ops.go:37:32: []complex128{...} escapes to heap
./complex_ops.go:37:46: 0i escapes to heap
./complex_ops.go:40:13: ... argument does not escape
./complex_ops.go:40:17: big * 1e-300 escapes to heap
./complex_ops.go:40:33: complex(1, -0.0) escapes to heap
./complex_ops.go:40:51: complex(-0.0, -0.0) escapes to heap
