./complex_ops.go:40:51: complex(-0.0, -0.0) escapes to heap:
./complex_ops.go:40:51:   flow: {storage for ... argument} = &{storage for complex(-0.0, -0.0)}:
./complex_ops.go:40:51:     from complex(-0.0, -0.0) (spill) at ./complex_ops.go:40:51
./complex_ops.go:40:51:     from ... argument (slice-literal-element) at ./complex_ops.go:40:13
./complex_ops.go:40:51:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:40:51:     from ... argument (spill) at ./complex_ops.go:40:13
./complex_ops.go:40:51:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:40:13
./complex_ops.go:40:33: complex(1, -0.0) escapes to heap:
./complex_ops.go:40:33:   flow: {storage for ... argument} = &{storage for complex(1, -0.0)}:
./complex_ops.go:40:33:     from complex(1, -0.0) (spill) at ./complex_ops.go:40:33
./complex_ops.go:40:33:     from ... argument (slice-literal-element) at ./complex_ops.go:40:13
./complex_ops.go:40:33:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:40:33:     from ... argument (spill) at ./complex_ops.go:40:13
./complex_ops.go:40:33:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:40:13
./complex_ops.go:40:17: big * 1e-300 escapes to heap:
./complex_ops.go:40:17:   flow: {storage for ... argument} = &{storage for big * 1e-300}:
./complex_ops.go:40:17:     from big * 1e-300 (spill) at ./complex_ops.go:40:17
./complex_ops.go:40:17:     from ... argument (slice-literal-element) at ./complex_ops.go:40:13
./complex_ops.go:40:17:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:40:17:     from ... argument (spill) at ./complex_ops.go:40:13
./complex_ops.go:40:17:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:40:13
./complex_ops.go:37:46: 0i escapes to heap:
./complex_ops.go:37:46:   flow: {storage for ... argument} = &{storage for 0i}:
./complex_ops.go:37:46:     from 0i (spill) at ./complex_ops.go:37:46
./complex_ops.go:37:46:     from ... argument (slice-literal-element) at ./complex_ops.go:37:13
./complex_ops.go:37:46:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:37:46:     from ... argument (spill) at ./complex_ops.go:37:13
./complex_ops.go:37:46:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:37:13
./complex_ops.go:37:32: []complex128{...} escapes to heap:
./complex_ops.go:37:32:   flow: {storage for ... argument} = &{storage for []complex128{...}}:
./complex_ops.go:37:32:     from []complex128{...} (spill) at ./complex_ops.go:37:32
./complex_ops.go:37:32:     from ... argument (slice-literal-element) at ./complex_ops.go:37:13
./complex_ops.go:37:32:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:37:32:     from ... argument (spill) at ./complex_ops.go:37:13
./complex_ops.go:37:32:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:37:13
./complex_ops.go:36:22: v escapes to heap:
./complex_ops.go:36:22:   flow: j = &{storage for v}:
./complex_ops.go:36:22:     from v (spill) at ./complex_ops.go:36:22
./complex_ops.go:36:22:     from j = v (assign) at ./complex_ops.go:36:6
./complex_ops.go:36:22:   flow: {storage for ... argument} = j:
./complex_ops.go:36:22:     from ... argument (slice-literal-element) at ./complex_ops.go:37:13
./complex_ops.go:36:22:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:36:22:     from ... argument (spill) at ./complex_ops.go:37:13
./complex_ops.go:36:22:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:37:13
./complex_ops.go:35:22: c escapes to heap:
./complex_ops.go:35:22:   flow: i = &{storage for c}:
./complex_ops.go:35:22:     from c (spill) at ./complex_ops.go:35:22
./complex_ops.go:35:22:     from i = c (assign) at ./complex_ops.go:35:6
./complex_ops.go:35:22:   flow: {storage for ... argument} = i:
./complex_ops.go:35:22:     from ... argument (slice-literal-element) at ./complex_ops.go:37:13
./complex_ops.go:35:22:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:35:22:     from ... argument (spill) at ./complex_ops.go:37:13
./complex_ops.go:35:22:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:37:13
./complex_ops.go:34:33: imag(w) escapes to heap:
./complex_ops.go:34:33:   flow: {storage for ... argument} = &{storage for imag(w)}:
./complex_ops.go:34:33:     from imag(w) (spill) at ./complex_ops.go:34:33
./complex_ops.go:34:33:     from ... argument (slice-literal-element) at ./complex_ops.go:34:13
./complex_ops.go:34:33:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:34:33:     from ... argument (spill) at ./complex_ops.go:34:13
./complex_ops.go:34:33:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:34:13
./complex_ops.go:34:24: real(w) escapes to heap:
./complex_ops.go:34:24:   flow: {storage for ... argument} = &{storage for real(w)}:
./complex_ops.go:34:24:     from real(w) (spill) at ./complex_ops.go:34:24
./complex_ops.go:34:24:     from ... argument (slice-literal-element) at ./complex_ops.go:34:13
./complex_ops.go:34:24:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:34:24:     from ... argument (spill) at ./complex_ops.go:34:13
./complex_ops.go:34:24:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:34:13
./complex_ops.go:34:13: w escapes to heap:
./complex_ops.go:34:13:   flow: {storage for ... argument} = &{storage for w}:
./complex_ops.go:34:13:     from w (spill) at ./complex_ops.go:34:13
./complex_ops.go:34:13:     from ... argument (slice-literal-element) at ./complex_ops.go:34:13
./complex_ops.go:34:13:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:34:13:     from ... argument (spill) at ./complex_ops.go:34:13
./complex_ops.go:34:13:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:34:13
./complex_ops.go:34:13: v escapes to heap:
./complex_ops.go:34:13:   flow: {storage for ... argument} = &{storage for v}:
./complex_ops.go:34:13:     from v (spill) at ./complex_ops.go:34:13
./complex_ops.go:34:13:     from ... argument (slice-literal-element) at ./complex_ops.go:34:13
./complex_ops.go:34:13:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:34:13:     from ... argument (spill) at ./complex_ops.go:34:13
./complex_ops.go:34:13:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:34:13
./complex_ops.go:29:64: mul64(1e20 + 1e20i, 1e20 + 1e20i) escapes to heap:
./complex_ops.go:29:64:   flow: {storage for ... argument} = &{storage for mul64(1e20 + 1e20i, 1e20 + 1e20i)}:
./complex_ops.go:29:64:     from mul64(1e20 + 1e20i, 1e20 + 1e20i) (spill) at ./complex_ops.go:29:64
./complex_ops.go:29:64:     from ... argument (slice-literal-element) at ./complex_ops.go:29:13
./complex_ops.go:29:64:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:29:64:     from ... argument (spill) at ./complex_ops.go:29:13
./complex_ops.go:29:64:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:29:13
./complex_ops.go:29:19: mul64(complex(1.1, 2.2), complex(3.3, 4.4)) escapes to heap:
./complex_ops.go:29:19:   flow: {storage for ... argument} = &{storage for mul64(complex(1.1, 2.2), complex(3.3, 4.4))}:
./complex_ops.go:29:19:     from mul64(complex(1.1, 2.2), complex(3.3, 4.4)) (spill) at ./complex_ops.go:29:19
./complex_ops.go:29:19:     from ... argument (slice-literal-element) at ./complex_ops.go:29:13
./complex_ops.go:29:19:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:29:19:     from ... argument (spill) at ./complex_ops.go:29:13
./complex_ops.go:29:19:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:29:13
./complex_ops.go:28:69: div(1, 3) escapes to heap:
./complex_ops.go:28:69:   flow: {storage for ... argument} = &{storage for div(1, 3)}:
./complex_ops.go:28:69:     from div(1, 3) (spill) at ./complex_ops.go:28:69
./complex_ops.go:28:69:     from ... argument (slice-literal-element) at ./complex_ops.go:28:13
./complex_ops.go:28:69:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:28:69:     from ... argument (spill) at ./complex_ops.go:28:13
./complex_ops.go:28:69:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:28:13
./complex_ops.go:28:52: div(3 + 4i, 1 - 2i) escapes to heap:
./complex_ops.go:28:52:   flow: {storage for ... argument} = &{storage for div(3 + 4i, 1 - 2i)}:
./complex_ops.go:28:52:     from div(3 + 4i, 1 - 2i) (spill) at ./complex_ops.go:28:52
./complex_ops.go:28:52:     from ... argument (slice-literal-element) at ./complex_ops.go:28:13
./complex_ops.go:28:52:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:28:52:     from ... argument (spill) at ./complex_ops.go:28:13
./complex_ops.go:28:52:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:28:13
./complex_ops.go:28:17: div(complex(1, 1), complex(0, 1)) escapes to heap:
./complex_ops.go:28:17:   flow: {storage for ... argument} = &{storage for div(complex(1, 1), complex(0, 1))}:
./complex_ops.go:28:17:     from div(complex(1, 1), complex(0, 1)) (spill) at ./complex_ops.go:28:17
./complex_ops.go:28:17:     from ... argument (slice-literal-element) at ./complex_ops.go:28:13
./complex_ops.go:28:17:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:28:17:     from ... argument (spill) at ./complex_ops.go:28:13
./complex_ops.go:28:17:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:28:13
./complex_ops.go:27:74: div(complex(1e300, 1e300), complex(1e-300, 1e-300)) escapes to heap:
./complex_ops.go:27:74:   flow: {storage for ... argument} = &{storage for div(complex(1e300, 1e300), complex(1e-300, 1e-300))}:
./complex_ops.go:27:74:     from div(complex(1e300, 1e300), complex(1e-300, 1e-300)) (spill) at ./complex_ops.go:27:74
./complex_ops.go:27:74:     from ... argument (slice-literal-element) at ./complex_ops.go:27:13
./complex_ops.go:27:74:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:27:74:     from ... argument (spill) at ./complex_ops.go:27:13
./complex_ops.go:27:74:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:27:13
./complex_ops.go:27:61: div(inf, c) escapes to heap:
./complex_ops.go:27:61:   flow: {storage for ... argument} = &{storage for div(inf, c)}:
./complex_ops.go:27:61:     from div(inf, c) (spill) at ./complex_ops.go:27:61
./complex_ops.go:27:61:     from ... argument (slice-literal-element) at ./complex_ops.go:27:13
./complex_ops.go:27:61:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:27:61:     from ... argument (spill) at ./complex_ops.go:27:13
./complex_ops.go:27:61:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:27:13
./complex_ops.go:27:48: div(c, inf) escapes to heap:
./complex_ops.go:27:48:   flow: {storage for ... argument} = &{storage for div(c, inf)}:
./complex_ops.go:27:48:     from div(c, inf) (spill) at ./complex_ops.go:27:48
./complex_ops.go:27:48:     from ... argument (slice-literal-element) at ./complex_ops.go:27:13
./complex_ops.go:27:48:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:27:48:     from ... argument (spill) at ./complex_ops.go:27:13
./complex_ops.go:27:48:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:27:13
./complex_ops.go:27:31: div(zero, zero) escapes to heap:
./complex_ops.go:27:31:   flow: {storage for ... argument} = &{storage for div(zero, zero)}:
./complex_ops.go:27:31:     from div(zero, zero) (spill) at ./complex_ops.go:27:31
./complex_ops.go:27:31:     from ... argument (slice-literal-element) at ./complex_ops.go:27:13
./complex_ops.go:27:31:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:27:31:     from ... argument (spill) at ./complex_ops.go:27:13
./complex_ops.go:27:31:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:27:13
./complex_ops.go:27:17: div(1, zero) escapes to heap:
./complex_ops.go:27:17:   flow: {storage for ... argument} = &{storage for div(1, zero)}:
./complex_ops.go:27:17:     from div(1, zero) (spill) at ./complex_ops.go:27:17
./complex_ops.go:27:17:     from ... argument (slice-literal-element) at ./complex_ops.go:27:13
./complex_ops.go:27:17:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:27:17:     from ... argument (spill) at ./complex_ops.go:27:13
./complex_ops.go:27:17:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:27:13
./complex_ops.go:24:66: complex64(c) escapes to heap:
./complex_ops.go:24:66:   flow: {storage for ... argument} = &{storage for complex64(c)}:
./complex_ops.go:24:66:     from complex64(c) (spill) at ./complex_ops.go:24:66
./complex_ops.go:24:66:     from ... argument (slice-literal-element) at ./complex_ops.go:24:13
./complex_ops.go:24:66:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:24:66:     from ... argument (spill) at ./complex_ops.go:24:13
./complex_ops.go:24:66:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:24:13
./complex_ops.go:24:52: complex128(b) escapes to heap:
./complex_ops.go:24:52:   flow: {storage for ... argument} = &{storage for complex128(b)}:
./complex_ops.go:24:52:     from complex128(b) (spill) at ./complex_ops.go:24:52
./complex_ops.go:24:52:     from ... argument (slice-literal-element) at ./complex_ops.go:24:13
./complex_ops.go:24:52:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:24:52:     from ... argument (spill) at ./complex_ops.go:24:13
./complex_ops.go:24:52:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:24:13
./complex_ops.go:24:36: c != a escapes to heap:
./complex_ops.go:24:36:   flow: {storage for ... argument} = &{storage for c != a}:
./complex_ops.go:24:36:     from c != a (spill) at ./complex_ops.go:24:36
./complex_ops.go:24:36:     from ... argument (slice-literal-element) at ./complex_ops.go:24:13
./complex_ops.go:24:36:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:24:36:     from ... argument (spill) at ./complex_ops.go:24:13
./complex_ops.go:24:36:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:24:13
./complex_ops.go:24:16: c == complex(3, 4) escapes to heap:
./complex_ops.go:24:16:   flow: {storage for ... argument} = &{storage for c == complex(3, 4)}:
./complex_ops.go:24:16:     from c == complex(3, 4) (spill) at ./complex_ops.go:24:16
./complex_ops.go:24:16:     from ... argument (slice-literal-element) at ./complex_ops.go:24:13
./complex_ops.go:24:16:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:24:16:     from ... argument (spill) at ./complex_ops.go:24:13
./complex_ops.go:24:16:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:24:13
./complex_ops.go:23:68: a + 1 escapes to heap:
./complex_ops.go:23:68:   flow: {storage for ... argument} = &{storage for a + 1}:
./complex_ops.go:23:68:     from a + 1 (spill) at ./complex_ops.go:23:68
./complex_ops.go:23:68:     from ... argument (slice-literal-element) at ./complex_ops.go:23:13
./complex_ops.go:23:68:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:23:68:     from ... argument (spill) at ./complex_ops.go:23:13
./complex_ops.go:23:68:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:23:13
./complex_ops.go:23:63: c / a escapes to heap:
./complex_ops.go:23:63:   flow: {storage for ... argument} = &{storage for c / a}:
./complex_ops.go:23:63:     from c / a (spill) at ./complex_ops.go:23:63
./complex_ops.go:23:63:     from ... argument (slice-literal-element) at ./complex_ops.go:23:13
./complex_ops.go:23:63:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:23:63:     from ... argument (spill) at ./complex_ops.go:23:13
./complex_ops.go:23:63:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:23:13
./complex_ops.go:23:58: c * a escapes to heap:
./complex_ops.go:23:58:   flow: {storage for ... argument} = &{storage for c * a}:
./complex_ops.go:23:58:     from c * a (spill) at ./complex_ops.go:23:58
./complex_ops.go:23:58:     from ... argument (slice-literal-element) at ./complex_ops.go:23:13
./complex_ops.go:23:58:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:23:58:     from ... argument (spill) at ./complex_ops.go:23:13
./complex_ops.go:23:58:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:23:13
./complex_ops.go:23:53: c - a escapes to heap:
./complex_ops.go:23:53:   flow: {storage for ... argument} = &{storage for c - a}:
./complex_ops.go:23:53:     from c - a (spill) at ./complex_ops.go:23:53
./complex_ops.go:23:53:     from ... argument (slice-literal-element) at ./complex_ops.go:23:13
./complex_ops.go:23:53:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:23:53:     from ... argument (spill) at ./complex_ops.go:23:13
./complex_ops.go:23:53:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:23:13
./complex_ops.go:23:48: -c escapes to heap:
./complex_ops.go:23:48:   flow: {storage for ... argument} = &{storage for -c}:
./complex_ops.go:23:48:     from -c (spill) at ./complex_ops.go:23:48
./complex_ops.go:23:48:     from ... argument (slice-literal-element) at ./complex_ops.go:23:13
./complex_ops.go:23:48:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:23:48:     from ... argument (spill) at ./complex_ops.go:23:13
./complex_ops.go:23:48:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:23:13
./complex_ops.go:23:43: 1i * 1i escapes to heap:
./complex_ops.go:23:43:   flow: {storage for ... argument} = &{storage for 1i * 1i}:
./complex_ops.go:23:43:     from 1i * 1i (spill) at ./complex_ops.go:23:43
./complex_ops.go:23:43:     from ... argument (slice-literal-element) at ./complex_ops.go:23:13
./complex_ops.go:23:43:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:23:43:     from ... argument (spill) at ./complex_ops.go:23:13
./complex_ops.go:23:43:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:23:13
./complex_ops.go:23:35: complex64(c0) escapes to heap:
./complex_ops.go:23:35:   flow: {storage for ... argument} = &{storage for complex64(c0)}:
./complex_ops.go:23:35:     from complex64(c0) (spill) at ./complex_ops.go:23:35
./complex_ops.go:23:35:     from ... argument (slice-literal-element) at ./complex_ops.go:23:13
./complex_ops.go:23:35:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:23:35:     from ... argument (spill) at ./complex_ops.go:23:13
./complex_ops.go:23:35:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:23:13
./complex_ops.go:23:17: c0 == 1 + 2i escapes to heap:
./complex_ops.go:23:17:   flow: {storage for ... argument} = &{storage for c0 == 1 + 2i}:
./complex_ops.go:23:17:     from c0 == 1 + 2i (spill) at ./complex_ops.go:23:17
./complex_ops.go:23:17:     from ... argument (slice-literal-element) at ./complex_ops.go:23:13
./complex_ops.go:23:17:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:23:17:     from ... argument (spill) at ./complex_ops.go:23:13
./complex_ops.go:23:17:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:23:13
./complex_ops.go:22:53: imag(b) escapes to heap:
./complex_ops.go:22:53:   flow: {storage for ... argument} = &{storage for imag(b)}:
./complex_ops.go:22:53:     from imag(b) (spill) at ./complex_ops.go:22:53
./complex_ops.go:22:53:     from ... argument (slice-literal-element) at ./complex_ops.go:22:13
./complex_ops.go:22:53:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:22:53:     from ... argument (spill) at ./complex_ops.go:22:13
./complex_ops.go:22:53:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:22:13
./complex_ops.go:22:44: real(c) escapes to heap:
./complex_ops.go:22:44:   flow: {storage for ... argument} = &{storage for real(c)}:
./complex_ops.go:22:44:     from real(c) (spill) at ./complex_ops.go:22:44
./complex_ops.go:22:44:     from ... argument (slice-literal-element) at ./complex_ops.go:22:13
./complex_ops.go:22:44:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:22:44:     from ... argument (spill) at ./complex_ops.go:22:13
./complex_ops.go:22:44:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:22:13
./complex_ops.go:22:22: c escapes to heap:
./complex_ops.go:22:22:   flow: {storage for ... argument} = &{storage for c}:
./complex_ops.go:22:22:     from c (spill) at ./complex_ops.go:22:22
./complex_ops.go:22:22:     from ... argument (slice-literal-element) at ./complex_ops.go:22:13
./complex_ops.go:22:22:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:22:22:     from ... argument (spill) at ./complex_ops.go:22:13
./complex_ops.go:22:22:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:22:13
./complex_ops.go:22:22: b escapes to heap:
./complex_ops.go:22:22:   flow: {storage for ... argument} = &{storage for b}:
./complex_ops.go:22:22:     from b (spill) at ./complex_ops.go:22:22
./complex_ops.go:22:22:     from ... argument (slice-literal-element) at ./complex_ops.go:22:13
./complex_ops.go:22:22:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:22:22:     from ... argument (spill) at ./complex_ops.go:22:13
./complex_ops.go:22:22:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:22:13
./complex_ops.go:22:22: a escapes to heap:
./complex_ops.go:22:22:   flow: {storage for ... argument} = &{storage for a}:
./complex_ops.go:22:22:     from a (spill) at ./complex_ops.go:22:22
./complex_ops.go:22:22:     from ... argument (slice-literal-element) at ./complex_ops.go:22:13
./complex_ops.go:22:22:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:22:22:     from ... argument (spill) at ./complex_ops.go:22:13
./complex_ops.go:22:22:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:22:13
./complex_ops.go:22:22: imag(c0 * c0) escapes to heap:
./complex_ops.go:22:22:   flow: {storage for ... argument} = &{storage for imag(c0 * c0)}:
./complex_ops.go:22:22:     from imag(c0 * c0) (spill) at ./complex_ops.go:22:22
./complex_ops.go:22:22:     from ... argument (slice-literal-element) at ./complex_ops.go:22:13
./complex_ops.go:22:22:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:22:22:     from ... argument (spill) at ./complex_ops.go:22:13
./complex_ops.go:22:22:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:22:13
./complex_ops.go:22:14: r0 escapes to heap:
./complex_ops.go:22:14:   flow: {storage for ... argument} = &{storage for r0}:
./complex_ops.go:22:14:     from r0 (spill) at ./complex_ops.go:22:14
./complex_ops.go:22:14:     from ... argument (slice-literal-element) at ./complex_ops.go:22:13
./complex_ops.go:22:14:   flow: {heap} = {storage for ... argument}:
./complex_ops.go:22:14:     from ... argument (spill) at ./complex_ops.go:22:13
./complex_ops.go:22:14:     from fmt.Println(... argument...) (call parameter) at ./complex_ops.go:22:13
./complex_ops.go:37:32: []complex128{...} escapes to heap:
./complex_ops.go:37:32:   flow: {storage for []complex128{...}} = &{storage for []complex128{...}}:
./complex_ops.go:37:32:     from []complex128{...} (spill) at ./complex_ops.go:37:32
./complex_ops.go:37:32:     from []complex128{...} (interface-converted) at ./complex_ops.go:37:32
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
