./float_fma.go:37:58: c / (complex(id(3), id(7))) escapes to heap:
./float_fma.go:37:58:   flow: {storage for ... argument} = &{storage for c / (complex(id(3), id(7)))}:
./float_fma.go:37:58:     from c / (complex(id(3), id(7))) (spill) at ./float_fma.go:37:58
./float_fma.go:37:58:     from ... argument (slice-literal-element) at ./float_fma.go:37:13
./float_fma.go:37:58:   flow: {heap} = {storage for ... argument}:
./float_fma.go:37:58:     from ... argument (spill) at ./float_fma.go:37:13
./float_fma.go:37:58:     from fmt.Println(... argument...) (call parameter) at ./float_fma.go:37:13
./float_fma.go:37:49: cdiv(d, c) escapes to heap:
./float_fma.go:37:49:   flow: {storage for ... argument} = &{storage for cdiv(d, c)}:
./float_fma.go:37:49:     from cdiv(d, c) (spill) at ./float_fma.go:37:49
./float_fma.go:37:49:     from ... argument (slice-literal-element) at ./float_fma.go:37:13
./float_fma.go:37:49:   flow: {heap} = {storage for ... argument}:
./float_fma.go:37:49:     from ... argument (spill) at ./float_fma.go:37:13
./float_fma.go:37:49:     from fmt.Println(... argument...) (call parameter) at ./float_fma.go:37:13
./float_fma.go:37:37: cdiv(c, d) escapes to heap:
./float_fma.go:37:37:   flow: {storage for ... argument} = &{storage for cdiv(c, d)}:
./float_fma.go:37:37:     from cdiv(c, d) (spill) at ./float_fma.go:37:37
./float_fma.go:37:37:     from ... argument (slice-literal-element) at ./float_fma.go:37:13
./float_fma.go:37:37:   flow: {heap} = {storage for ... argument}:
./float_fma.go:37:37:     from ... argument (spill) at ./float_fma.go:37:13
./float_fma.go:37:37:     from fmt.Println(... argument...) (call parameter) at ./float_fma.go:37:13
./float_fma.go:37:27: c64 * c64 escapes to heap:
./float_fma.go:37:27:   flow: {storage for ... argument} = &{storage for c64 * c64}:
./float_fma.go:37:27:     from c64 * c64 (spill) at ./float_fma.go:37:27
./float_fma.go:37:27:     from ... argument (slice-literal-element) at ./float_fma.go:37:13
./float_fma.go:37:27:   flow: {heap} = {storage for ... argument}:
./float_fma.go:37:27:     from ... argument (spill) at ./float_fma.go:37:13
./float_fma.go:37:27:     from fmt.Println(... argument...) (call parameter) at ./float_fma.go:37:13
./float_fma.go:37:20: c * c escapes to heap:
./float_fma.go:37:20:   flow: {storage for ... argument} = &{storage for c * c}:
./float_fma.go:37:20:     from c * c (spill) at ./float_fma.go:37:20
./float_fma.go:37:20:     from ... argument (slice-literal-element) at ./float_fma.go:37:13
./float_fma.go:37:20:   flow: {heap} = {storage for ... argument}:
./float_fma.go:37:20:     from ... argument (spill) at ./float_fma.go:37:13
./float_fma.go:37:20:     from fmt.Println(... argument...) (call parameter) at ./float_fma.go:37:13
./float_fma.go:37:15: c * d escapes to heap:
./float_fma.go:37:15:   flow: {storage for ... argument} = &{storage for c * d}:
./float_fma.go:37:15:     from c * d (spill) at ./float_fma.go:37:15
./float_fma.go:37:15:     from ... argument (slice-literal-element) at ./float_fma.go:37:13
./float_fma.go:37:15:   flow: {heap} = {storage for ... argument}:
./float_fma.go:37:15:     from ... argument (spill) at ./float_fma.go:37:13
./float_fma.go:37:15:     from fmt.Println(... argument...) (call parameter) at ./float_fma.go:37:13
./float_fma.go:33:13: acc escapes to heap:
./float_fma.go:33:13:   flow: {storage for ... argument} = &{storage for acc}:
./float_fma.go:33:13:     from acc (spill) at ./float_fma.go:33:13
./float_fma.go:33:13:     from ... argument (slice-literal-element) at ./float_fma.go:33:13
./float_fma.go:33:13:   flow: {heap} = {storage for ... argument}:
./float_fma.go:33:13:     from ... argument (spill) at ./float_fma.go:33:13
./float_fma.go:33:13:     from fmt.Println(... argument...) (call parameter) at ./float_fma.go:33:13
./float_fma.go:28:42: float32(f * g) - 1 escapes to heap:
./float_fma.go:28:42:   flow: {storage for ... argument} = &{storage for float32(f * g) - 1}:
./float_fma.go:28:42:     from float32(f * g) - 1 (spill) at ./float_fma.go:28:42
./float_fma.go:28:42:     from ... argument (slice-literal-element) at ./float_fma.go:28:13
./float_fma.go:28:42:   flow: {heap} = {storage for ... argument}:
./float_fma.go:28:42:     from ... argument (spill) at ./float_fma.go:28:13
./float_fma.go:28:42:     from fmt.Println(... argument...) (call parameter) at ./float_fma.go:28:13
./float_fma.go:28:24: f * f + 0.5 escapes to heap:
./float_fma.go:28:24:   flow: {storage for ... argument} = &{storage for f * f + 0.5}:
./float_fma.go:28:24:     from f * f + 0.5 (spill) at ./float_fma.go:28:24
./float_fma.go:28:24:     from ... argument (slice-literal-element) at ./float_fma.go:28:13
./float_fma.go:28:24:   flow: {heap} = {storage for ... argument}:
./float_fma.go:28:24:     from ... argument (spill) at ./float_fma.go:28:13
./float_fma.go:28:24:     from fmt.Println(... argument...) (call parameter) at ./float_fma.go:28:13
./float_fma.go:28:17: f * g - 1 escapes to heap:
./float_fma.go:28:17:   flow: {storage for ... argument} = &{storage for f * g - 1}:
./float_fma.go:28:17:     from f * g - 1 (spill) at ./float_fma.go:28:17
./float_fma.go:28:17:     from ... argument (slice-literal-element) at ./float_fma.go:28:13
./float_fma.go:28:17:   flow: {heap} = {storage for ... argument}:
./float_fma.go:28:17:     from ... argument (spill) at ./float_fma.go:28:13
./float_fma.go:28:17:     from fmt.Println(... argument...) (call parameter) at ./float_fma.go:28:13
./float_fma.go:26:40: a * a - b * b escapes to heap:
./float_fma.go:26:40:   flow: {storage for ... argument} = &{storage for a * a - b * b}:
./float_fma.go:26:40:     from a * a - b * b (spill) at ./float_fma.go:26:40
./float_fma.go:26:40:     from ... argument (slice-literal-element) at ./float_fma.go:26:13
./float_fma.go:26:40:   flow: {heap} = {storage for ... argument}:
./float_fma.go:26:40:     from ... argument (spill) at ./float_fma.go:26:13
./float_fma.go:26:40:     from fmt.Println(... argument...) (call parameter) at ./float_fma.go:26:13
./float_fma.go:26:31: a * a + b * b escapes to heap:
./float_fma.go:26:31:   flow: {storage for ... argument} = &{storage for a * a + b * b}:
./float_fma.go:26:31:     from a * a + b * b (spill) at ./float_fma.go:26:31
./float_fma.go:26:31:     from ... argument (slice-literal-element) at ./float_fma.go:26:13
./float_fma.go:26:31:   flow: {heap} = {storage for ... argument}:
./float_fma.go:26:31:     from ... argument (spill) at ./float_fma.go:26:13
./float_fma.go:26:31:     from fmt.Println(... argument...) (call parameter) at ./float_fma.go:26:13
./float_fma.go:26:22: 1 - a * b escapes to heap:
./float_fma.go:26:22:   flow: {storage for ... argument} = &{storage for 1 - a * b}:
./float_fma.go:26:22:     from 1 - a * b (spill) at ./float_fma.go:26:22
./float_fma.go:26:22:     from ... argument (slice-literal-element) at ./float_fma.go:26:13
./float_fma.go:26:22:   flow: {heap} = {storage for ... argument}:
./float_fma.go:26:22:     from ... argument (spill) at ./float_fma.go:26:13
./float_fma.go:26:22:     from fmt.Println(... argument...) (call parameter) at ./float_fma.go:26:13
./float_fma.go:26:17: a * b - 1 escapes to heap:
./float_fma.go:26:17:   flow: {storage for ... argument} = &{storage for a * b - 1}:
./float_fma.go:26:17:     from a * b - 1 (spill) at ./float_fma.go:26:17
./float_fma.go:26:17:     from ... argument (slice-literal-element) at ./float_fma.go:26:13
./float_fma.go:26:17:   flow: {heap} = {storage for ... argument}:
./float_fma.go:26:17:     from ... argument (spill) at ./float_fma.go:26:13
./float_fma.go:26:17:     from fmt.Println(... argument...) (call parameter) at ./float_fma.go:26:13
./float_fma.go:24:31: x * y + x * y escapes to heap:
./float_fma.go:24:31:   flow: {storage for ... argument} = &{storage for x * y + x * y}:
./float_fma.go:24:31:     from x * y + x * y (spill) at ./float_fma.go:24:31
./float_fma.go:24:31:     from ... argument (slice-literal-element) at ./float_fma.go:24:13
./float_fma.go:24:31:   flow: {heap} = {storage for ... argument}:
./float_fma.go:24:31:     from ... argument (spill) at ./float_fma.go:24:13
./float_fma.go:24:31:     from fmt.Println(... argument...) (call parameter) at ./float_fma.go:24:13
./float_fma.go:24:24: t - 1 escapes to heap:
./float_fma.go:24:24:   flow: {storage for ... argument} = &{storage for t - 1}:
./float_fma.go:24:24:     from t - 1 (spill) at ./float_fma.go:24:24
./float_fma.go:24:24:     from ... argument (slice-literal-element) at ./float_fma.go:24:13
./float_fma.go:24:24:   flow: {heap} = {storage for ... argument}:
./float_fma.go:24:24:     from ... argument (spill) at ./float_fma.go:24:13
./float_fma.go:24:24:     from fmt.Println(... argument...) (call parameter) at ./float_fma.go:24:13
./float_fma.go:24:19: t2 + z escapes to heap:
./float_fma.go:24:19:   flow: {storage for ... argument} = &{storage for t2 + z}:
./float_fma.go:24:19:     from t2 + z (spill) at ./float_fma.go:24:19
./float_fma.go:24:19:     from ... argument (slice-literal-element) at ./float_fma.go:24:13
./float_fma.go:24:19:   flow: {heap} = {storage for ... argument}:
./float_fma.go:24:19:     from ... argument (spill) at ./float_fma.go:24:13
./float_fma.go:24:19:     from fmt.Println(... argument...) (call parameter) at ./float_fma.go:24:13
./float_fma.go:24:13: u escapes to heap:
./float_fma.go:24:13:   flow: {storage for ... argument} = &{storage for u}:
./float_fma.go:24:13:     from u (spill) at ./float_fma.go:24:13
./float_fma.go:24:13:     from ... argument (slice-literal-element) at ./float_fma.go:24:13
./float_fma.go:24:13:   flow: {heap} = {storage for ... argument}:
./float_fma.go:24:13:     from ... argument (spill) at ./float_fma.go:24:13
./float_fma.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./float_fma.go:24:13
./float_fma.go:20:84: -x * y + 1 escapes to heap:
./float_fma.go:20:84:   flow: {storage for ... argument} = &{storage for -x * y + 1}:
./float_fma.go:20:84:     from -x * y + 1 (spill) at ./float_fma.go:20:84
./float_fma.go:20:84:     from ... argument (slice-literal-element) at ./float_fma.go:20:13
./float_fma.go:20:84:   flow: {heap} = {storage for ... argument}:
./float_fma.go:20:84:     from ... argument (spill) at ./float_fma.go:20:13
./float_fma.go:20:84:     from fmt.Println(... argument...) (call parameter) at ./float_fma.go:20:13
./float_fma.go:20:74: -(x * y) + 1 escapes to heap:
./float_fma.go:20:74:   flow: {storage for ... argument} = &{storage for -(x * y) + 1}:
./float_fma.go:20:74:     from -(x * y) + 1 (spill) at ./float_fma.go:20:74
./float_fma.go:20:74:     from ... argument (slice-literal-element) at ./float_fma.go:20:13
./float_fma.go:20:74:   flow: {heap} = {storage for ... argument}:
./float_fma.go:20:74:     from ... argument (spill) at ./float_fma.go:20:13
./float_fma.go:20:74:     from fmt.Println(... argument...) (call parameter) at ./float_fma.go:20:13
./float_fma.go:20:64: float64(x * y) + z escapes to heap:
./float_fma.go:20:64:   flow: {storage for ... argument} = &{storage for float64(x * y) + z}:
./float_fma.go:20:64:     from float64(x * y) + z (spill) at ./float_fma.go:20:64
./float_fma.go:20:64:     from ... argument (slice-literal-element) at ./float_fma.go:20:13
./float_fma.go:20:64:   flow: {heap} = {storage for ... argument}:
./float_fma.go:20:64:     from ... argument (spill) at ./float_fma.go:20:13
./float_fma.go:20:64:     from fmt.Println(... argument...) (call parameter) at ./float_fma.go:20:13
./float_fma.go:20:45: x * x - 0.01 escapes to heap:
./float_fma.go:20:45:   flow: {storage for ... argument} = &{storage for x * x - 0.01}:
./float_fma.go:20:45:     from x * x - 0.01 (spill) at ./float_fma.go:20:45
./float_fma.go:20:45:     from ... argument (slice-literal-element) at ./float_fma.go:20:13
./float_fma.go:20:45:   flow: {heap} = {storage for ... argument}:
./float_fma.go:20:45:     from ... argument (spill) at ./float_fma.go:20:13
./float_fma.go:20:45:     from fmt.Println(... argument...) (call parameter) at ./float_fma.go:20:13
./float_fma.go:20:36: 1 - x * y escapes to heap:
./float_fma.go:20:36:   flow: {storage for ... argument} = &{storage for 1 - x * y}:
./float_fma.go:20:36:     from 1 - x * y (spill) at ./float_fma.go:20:36
./float_fma.go:20:36:     from ... argument (slice-literal-element) at ./float_fma.go:20:13
./float_fma.go:20:36:   flow: {heap} = {storage for ... argument}:
./float_fma.go:20:36:     from ... argument (spill) at ./float_fma.go:20:13
./float_fma.go:20:36:     from fmt.Println(... argument...) (call parameter) at ./float_fma.go:20:13
./float_fma.go:20:31: x * y - 1 escapes to heap:
./float_fma.go:20:31:   flow: {storage for ... argument} = &{storage for x * y - 1}:
./float_fma.go:20:31:     from x * y - 1 (spill) at ./float_fma.go:20:31
./float_fma.go:20:31:     from ... argument (slice-literal-element) at ./float_fma.go:20:13
./float_fma.go:20:31:   flow: {heap} = {storage for ... argument}:
./float_fma.go:20:31:     from ... argument (spill) at ./float_fma.go:20:13
./float_fma.go:20:31:     from fmt.Println(... argument...) (call parameter) at ./float_fma.go:20:13
./float_fma.go:20:22: z + x * y escapes to heap:
./float_fma.go:20:22:   flow: {storage for ... argument} = &{storage for z + x * y}:
./float_fma.go:20:22:     from z + x * y (spill) at ./float_fma.go:20:22
./float_fma.go:20:22:     from ... argument (slice-literal-element) at ./float_fma.go:20:13
./float_fma.go:20:22:   flow: {heap} = {storage for ... argument}:
./float_fma.go:20:22:     from ... argument (spill) at ./float_fma.go:20:13
./float_fma.go:20:22:     from fmt.Println(... argument...) (call parameter) at ./float_fma.go:20:13
./float_fma.go:20:17: x * y + z escapes to heap:
./float_fma.go:20:17:   flow: {storage for ... argument} = &{storage for x * y + z}:
./float_fma.go:20:17:     from x * y + z (spill) at ./float_fma.go:20:17
./float_fma.go:20:17:     from ... argument (slice-literal-element) at ./float_fma.go:20:13
./float_fma.go:20:17:   flow: {heap} = {storage for ... argument}:
./float_fma.go:20:17:     from ... argument (spill) at ./float_fma.go:20:13
./float_fma.go:20:17:     from fmt.Println(... argument...) (call parameter) at ./float_fma.go:20:13
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
