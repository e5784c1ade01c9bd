./math_float_limits.go:13:14: big escapes to heap:
./math_float_limits.go:13:14:   flow: {storage for ... argument} = &{storage for big}:
./math_float_limits.go:13:14:     from big (spill) at ./math_float_limits.go:13:14
./math_float_limits.go:13:14:     from ... argument (slice-literal-element) at ./math_float_limits.go:13:13
./math_float_limits.go:13:14:   flow: {heap} = {storage for ... argument}:
./math_float_limits.go:13:14:     from ... argument (spill) at ./math_float_limits.go:13:13
./math_float_limits.go:13:14:     from fmt.Println(... argument...) (call parameter) at ./math_float_limits.go:13:13
./math_float_limits.go:11:26: float32(math.SmallestNonzeroFloat32) escapes to heap:
./math_float_limits.go:11:26:   flow: {storage for ... argument} = &{storage for float32(math.SmallestNonzeroFloat32)}:
./math_float_limits.go:11:26:     from float32(math.SmallestNonzeroFloat32) (spill) at ./math_float_limits.go:11:26
./math_float_limits.go:11:26:     from ... argument (slice-literal-element) at ./math_float_limits.go:11:13
./math_float_limits.go:11:26:   flow: {heap} = {storage for ... argument}:
./math_float_limits.go:11:26:     from ... argument (spill) at ./math_float_limits.go:11:13
./math_float_limits.go:11:26:     from fmt.Println(... argument...) (call parameter) at ./math_float_limits.go:11:13
./math_float_limits.go:11:13: f32 escapes to heap:
./math_float_limits.go:11:13:   flow: {storage for ... argument} = &{storage for f32}:
./math_float_limits.go:11:13:     from f32 (spill) at ./math_float_limits.go:11:13
./math_float_limits.go:11:13:     from ... argument (slice-literal-element) at ./math_float_limits.go:11:13
./math_float_limits.go:11:13:   flow: {heap} = {storage for ... argument}:
./math_float_limits.go:11:13:     from ... argument (spill) at ./math_float_limits.go:11:13
./math_float_limits.go:11:13:     from fmt.Println(... argument...) (call parameter) at ./math_float_limits.go:11:13
./math_float_limits.go:9:81: math.SmallestNonzeroFloat32 escapes to heap:
./math_float_limits.go:9:81:   flow: {storage for ... argument} = &{storage for math.SmallestNonzeroFloat32}:
./math_float_limits.go:9:81:     from math.SmallestNonzeroFloat32 (spill) at ./math_float_limits.go:9:81
./math_float_limits.go:9:81:     from ... argument (slice-literal-element) at ./math_float_limits.go:9:13
./math_float_limits.go:9:81:   flow: {heap} = {storage for ... argument}:
./math_float_limits.go:9:81:     from ... argument (spill) at ./math_float_limits.go:9:13
./math_float_limits.go:9:81:     from fmt.Println(... argument...) (call parameter) at ./math_float_limits.go:9:13
./math_float_limits.go:9:64: math.MaxFloat32 escapes to heap:
./math_float_limits.go:9:64:   flow: {storage for ... argument} = &{storage for math.MaxFloat32}:
./math_float_limits.go:9:64:     from math.MaxFloat32 (spill) at ./math_float_limits.go:9:64
./math_float_limits.go:9:64:     from ... argument (slice-literal-element) at ./math_float_limits.go:9:13
./math_float_limits.go:9:64:   flow: {heap} = {storage for ... argument}:
./math_float_limits.go:9:64:     from ... argument (spill) at ./math_float_limits.go:9:13
./math_float_limits.go:9:64:     from fmt.Println(... argument...) (call parameter) at ./math_float_limits.go:9:13
./math_float_limits.go:9:35: math.SmallestNonzeroFloat64 escapes to heap:
./math_float_limits.go:9:35:   flow: {storage for ... argument} = &{storage for math.SmallestNonzeroFloat64}:
./math_float_limits.go:9:35:     from math.SmallestNonzeroFloat64 (spill) at ./math_float_limits.go:9:35
./math_float_limits.go:9:35:     from ... argument (slice-literal-element) at ./math_float_limits.go:9:13
./math_float_limits.go:9:35:   flow: {heap} = {storage for ... argument}:
./math_float_limits.go:9:35:     from ... argument (spill) at ./math_float_limits.go:9:13
./math_float_limits.go:9:35:     from fmt.Println(... argument...) (call parameter) at ./math_float_limits.go:9:13
./math_float_limits.go:9:18: math.MaxFloat64 escapes to heap:
./math_float_limits.go:9:18:   flow: {storage for ... argument} = &{storage for math.MaxFloat64}:
./math_float_limits.go:9:18:     from math.MaxFloat64 (spill) at ./math_float_limits.go:9:18
./math_float_limits.go:9:18:     from ... argument (slice-literal-element) at ./math_float_limits.go:9:13
./math_float_limits.go:9:18:   flow: {heap} = {storage for ... argument}:
./math_float_limits.go:9:18:     from ... argument (spill) at ./math_float_limits.go:9:13
./math_float_limits.go:9:18:     from fmt.Println(... argument...) (call parameter) at ./math_float_limits.go:9:13
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
