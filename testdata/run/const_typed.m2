./const_typed.go:22:53: 1 << x escapes to heap:
./const_typed.go:22:53:   flow: {storage for ... argument} = &{storage for 1 << x}:
./const_typed.go:22:53:     from 1 << x (spill) at ./const_typed.go:22:53
./const_typed.go:22:53:     from ... argument (slice-literal-element) at ./const_typed.go:22:13
./const_typed.go:22:53:   flow: {heap} = {storage for ... argument}:
./const_typed.go:22:53:     from ... argument (spill) at ./const_typed.go:22:13
./const_typed.go:22:53:     from fmt.Println(... argument...) (call parameter) at ./const_typed.go:22:13
./const_typed.go:22:45: x << 1.0 escapes to heap:
./const_typed.go:22:45:   flow: {storage for ... argument} = &{storage for x << 1.0}:
./const_typed.go:22:45:     from x << 1.0 (spill) at ./const_typed.go:22:45
./const_typed.go:22:45:     from ... argument (slice-literal-element) at ./const_typed.go:22:13
./const_typed.go:22:45:   flow: {heap} = {storage for ... argument}:
./const_typed.go:22:45:     from ... argument (spill) at ./const_typed.go:22:13
./const_typed.go:22:45:     from fmt.Println(... argument...) (call parameter) at ./const_typed.go:22:13
./const_typed.go:22:40: float64(x) / 2 escapes to heap:
./const_typed.go:22:40:   flow: {storage for ... argument} = &{storage for float64(x) / 2}:
./const_typed.go:22:40:     from float64(x) / 2 (spill) at ./const_typed.go:22:40
./const_typed.go:22:40:     from ... argument (slice-literal-element) at ./const_typed.go:22:13
./const_typed.go:22:40:   flow: {heap} = {storage for ... argument}:
./const_typed.go:22:40:     from ... argument (spill) at ./const_typed.go:22:13
./const_typed.go:22:40:     from fmt.Println(... argument...) (call parameter) at ./const_typed.go:22:13
./const_typed.go:22:26: -x / 2 escapes to heap:
./const_typed.go:22:26:   flow: {storage for ... argument} = &{storage for -x / 2}:
./const_typed.go:22:26:     from -x / 2 (spill) at ./const_typed.go:22:26
./const_typed.go:22:26:     from ... argument (slice-literal-element) at ./const_typed.go:22:13
./const_typed.go:22:26:   flow: {heap} = {storage for ... argument}:
./const_typed.go:22:26:     from ... argument (spill) at ./const_typed.go:22:13
./const_typed.go:22:26:     from fmt.Println(... argument...) (call parameter) at ./const_typed.go:22:13
./const_typed.go:22:20: x % 2 escapes to heap:
./const_typed.go:22:20:   flow: {storage for ... argument} = &{storage for x % 2}:
./const_typed.go:22:20:     from x % 2 (spill) at ./const_typed.go:22:20
./const_typed.go:22:20:     from ... argument (slice-literal-element) at ./const_typed.go:22:13
./const_typed.go:22:20:   flow: {heap} = {storage for ... argument}:
./const_typed.go:22:20:     from ... argument (spill) at ./const_typed.go:22:13
./const_typed.go:22:20:     from fmt.Println(... argument...) (call parameter) at ./const_typed.go:22:13
./const_typed.go:22:15: x / 2 escapes to heap:
./const_typed.go:22:15:   flow: {storage for ... argument} = &{storage for x / 2}:
./const_typed.go:22:15:     from x / 2 (spill) at ./const_typed.go:22:15
./const_typed.go:22:15:     from ... argument (slice-literal-element) at ./const_typed.go:22:13
./const_typed.go:22:15:   flow: {heap} = {storage for ... argument}:
./const_typed.go:22:15:     from ... argument (spill) at ./const_typed.go:22:13
./const_typed.go:22:15:     from fmt.Println(... argument...) (call parameter) at ./const_typed.go:22:13
./const_typed.go:20:48: complex(big, 1e-300) escapes to heap:
./const_typed.go:20:48:   flow: {storage for ... argument} = &{storage for complex(big, 1e-300)}:
./const_typed.go:20:48:     from complex(big, 1e-300) (spill) at ./const_typed.go:20:48
./const_typed.go:20:48:     from ... argument (slice-literal-element) at ./const_typed.go:20:13
./const_typed.go:20:48:   flow: {heap} = {storage for ... argument}:
./const_typed.go:20:48:     from ... argument (spill) at ./const_typed.go:20:13
./const_typed.go:20:48:     from fmt.Println(... argument...) (call parameter) at ./const_typed.go:20:13
./const_typed.go:20:35: big * 1.5 / big escapes to heap:
./const_typed.go:20:35:   flow: {storage for ... argument} = &{storage for big * 1.5 / big}:
./const_typed.go:20:35:     from big * 1.5 / big (spill) at ./const_typed.go:20:35
./const_typed.go:20:35:     from ... argument (slice-literal-element) at ./const_typed.go:20:13
./const_typed.go:20:35:   flow: {heap} = {storage for ... argument}:
./const_typed.go:20:35:     from ... argument (spill) at ./const_typed.go:20:13
./const_typed.go:20:35:     from fmt.Println(... argument...) (call parameter) at ./const_typed.go:20:13
./const_typed.go:20:21: float32(big) escapes to heap:
./const_typed.go:20:21:   flow: {storage for ... argument} = &{storage for float32(big)}:
./const_typed.go:20:21:     from float32(big) (spill) at ./const_typed.go:20:21
./const_typed.go:20:21:     from ... argument (slice-literal-element) at ./const_typed.go:20:13
./const_typed.go:20:21:   flow: {heap} = {storage for ... argument}:
./const_typed.go:20:21:     from ... argument (spill) at ./const_typed.go:20:13
./const_typed.go:20:21:     from fmt.Println(... argument...) (call parameter) at ./const_typed.go:20:13
./const_typed.go:18:47: real(complex64(0.1i * 0.1i)) escapes to heap:
./const_typed.go:18:47:   flow: {storage for ... argument} = &{storage for real(complex64(0.1i * 0.1i))}:
./const_typed.go:18:47:     from real(complex64(0.1i * 0.1i)) (spill) at ./const_typed.go:18:47
./const_typed.go:18:47:     from ... argument (slice-literal-element) at ./const_typed.go:18:13
./const_typed.go:18:47:   flow: {heap} = {storage for ... argument}:
./const_typed.go:18:47:     from ... argument (spill) at ./const_typed.go:18:13
./const_typed.go:18:47:     from fmt.Println(... argument...) (call parameter) at ./const_typed.go:18:13
./const_typed.go:18:38: real(c) escapes to heap:
./const_typed.go:18:38:   flow: {storage for ... argument} = &{storage for real(c)}:
./const_typed.go:18:38:     from real(c) (spill) at ./const_typed.go:18:38
./const_typed.go:18:38:     from ... argument (slice-literal-element) at ./const_typed.go:18:13
./const_typed.go:18:38:   flow: {heap} = {storage for ... argument}:
./const_typed.go:18:38:     from ... argument (spill) at ./const_typed.go:18:13
./const_typed.go:18:38:     from fmt.Println(... argument...) (call parameter) at ./const_typed.go:18:13
./const_typed.go:18:29: complex128(c) escapes to heap:
./const_typed.go:18:29:   flow: {storage for ... argument} = &{storage for complex128(c)}:
./const_typed.go:18:29:     from complex128(c) (spill) at ./const_typed.go:18:29
./const_typed.go:18:29:     from ... argument (slice-literal-element) at ./const_typed.go:18:13
./const_typed.go:18:29:   flow: {heap} = {storage for ... argument}:
./const_typed.go:18:29:     from ... argument (spill) at ./const_typed.go:18:13
./const_typed.go:18:29:     from fmt.Println(... argument...) (call parameter) at ./const_typed.go:18:13
./const_typed.go:18:15: c * c escapes to heap:
./const_typed.go:18:15:   flow: {storage for ... argument} = &{storage for c * c}:
./const_typed.go:18:15:     from c * c (spill) at ./const_typed.go:18:15
./const_typed.go:18:15:     from ... argument (slice-literal-element) at ./const_typed.go:18:13
./const_typed.go:18:15:   flow: {heap} = {storage for ... argument}:
./const_typed.go:18:15:     from ... argument (spill) at ./const_typed.go:18:13
./const_typed.go:18:15:     from fmt.Println(... argument...) (call parameter) at ./const_typed.go:18:13
./const_typed.go:16:76: g + 1e-17 == g escapes to heap:
./const_typed.go:16:76:   flow: {storage for ... argument} = &{storage for g + 1e-17 == g}:
./const_typed.go:16:76:     from g + 1e-17 == g (spill) at ./const_typed.go:16:76
./const_typed.go:16:76:     from ... argument (slice-literal-element) at ./const_typed.go:16:13
./const_typed.go:16:76:   flow: {heap} = {storage for ... argument}:
./const_typed.go:16:76:     from ... argument (spill) at ./const_typed.go:16:13
./const_typed.go:16:76:     from fmt.Println(... argument...) (call parameter) at ./const_typed.go:16:13
./const_typed.go:16:62: f + 1e-9 == f escapes to heap:
./const_typed.go:16:62:   flow: {storage for ... argument} = &{storage for f + 1e-9 == f}:
./const_typed.go:16:62:     from f + 1e-9 == f (spill) at ./const_typed.go:16:62
./const_typed.go:16:62:     from ... argument (slice-literal-element) at ./const_typed.go:16:13
./const_typed.go:16:62:   flow: {heap} = {storage for ... argument}:
./const_typed.go:16:62:     from ... argument (spill) at ./const_typed.go:16:13
./const_typed.go:16:62:     from fmt.Println(... argument...) (call parameter) at ./const_typed.go:16:13
./const_typed.go:16:48: T(0.1) * T(3) escapes to heap:
./const_typed.go:16:48:   flow: {storage for ... argument} = &{storage for T(0.1) * T(3)}:
./const_typed.go:16:48:     from T(0.1) * T(3) (spill) at ./const_typed.go:16:48
./const_typed.go:16:48:     from ... argument (slice-literal-element) at ./const_typed.go:16:13
./const_typed.go:16:48:   flow: {heap} = {storage for ... argument}:
./const_typed.go:16:48:     from ... argument (spill) at ./const_typed.go:16:13
./const_typed.go:16:48:     from fmt.Println(... argument...) (call parameter) at ./const_typed.go:16:13
./const_typed.go:16:37: float64(h) escapes to heap:
./const_typed.go:16:37:   flow: {storage for ... argument} = &{storage for float64(h)}:
./const_typed.go:16:37:     from float64(h) (spill) at ./const_typed.go:16:37
./const_typed.go:16:37:     from ... argument (slice-literal-element) at ./const_typed.go:16:13
./const_typed.go:16:37:   flow: {heap} = {storage for ... argument}:
./const_typed.go:16:37:     from ... argument (spill) at ./const_typed.go:16:13
./const_typed.go:16:37:     from fmt.Println(... argument...) (call parameter) at ./const_typed.go:16:13
./const_typed.go:16:27: k escapes to heap:
./const_typed.go:16:27:   flow: {storage for ... argument} = &{storage for k}:
./const_typed.go:16:27:     from k (spill) at ./const_typed.go:16:27
./const_typed.go:16:27:     from ... argument (slice-literal-element) at ./const_typed.go:16:13
./const_typed.go:16:27:   flow: {heap} = {storage for ... argument}:
./const_typed.go:16:27:     from ... argument (spill) at ./const_typed.go:16:13
./const_typed.go:16:27:     from fmt.Println(... argument...) (call parameter) at ./const_typed.go:16:13
./const_typed.go:16:24: h escapes to heap:
./const_typed.go:16:24:   flow: {storage for ... argument} = &{storage for h}:
./const_typed.go:16:24:     from h (spill) at ./const_typed.go:16:24
./const_typed.go:16:24:     from ... argument (slice-literal-element) at ./const_typed.go:16:13
./const_typed.go:16:24:   flow: {heap} = {storage for ... argument}:
./const_typed.go:16:24:     from ... argument (spill) at ./const_typed.go:16:13
./const_typed.go:16:24:     from fmt.Println(... argument...) (call parameter) at ./const_typed.go:16:13
./const_typed.go:16:20: g * 3 escapes to heap:
./const_typed.go:16:20:   flow: {storage for ... argument} = &{storage for g * 3}:
./const_typed.go:16:20:     from g * 3 (spill) at ./const_typed.go:16:20
./const_typed.go:16:20:     from ... argument (slice-literal-element) at ./const_typed.go:16:13
./const_typed.go:16:20:   flow: {heap} = {storage for ... argument}:
./const_typed.go:16:20:     from ... argument (spill) at ./const_typed.go:16:13
./const_typed.go:16:20:     from fmt.Println(... argument...) (call parameter) at ./const_typed.go:16:13
./const_typed.go:16:15: f * 3 escapes to heap:
./const_typed.go:16:15:   flow: {storage for ... argument} = &{storage for f * 3}:
./const_typed.go:16:15:     from f * 3 (spill) at ./const_typed.go:16:15
./const_typed.go:16:15:     from ... argument (slice-literal-element) at ./const_typed.go:16:13
./const_typed.go:16:15:   flow: {heap} = {storage for ... argument}:
./const_typed.go:16:15:     from ... argument (spill) at ./const_typed.go:16:13
./const_typed.go:16:15:     from fmt.Println(... argument...) (call parameter) at ./const_typed.go:16:13
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
