./math_intrinsic_values.go:21:46: float32(math.Sqrt(float64(f32))) escapes to heap:
./math_intrinsic_values.go:21:46:   flow: {storage for ... argument} = &{storage for float32(math.Sqrt(float64(f32)))}:
./math_intrinsic_values.go:21:46:     from float32(math.Sqrt(float64(f32))) (spill) at ./math_intrinsic_values.go:21:46
./math_intrinsic_values.go:21:46:     from ... argument (slice-literal-element) at ./math_intrinsic_values.go:21:13
./math_intrinsic_values.go:21:46:   flow: {heap} = {storage for ... argument}:
./math_intrinsic_values.go:21:46:     from ... argument (spill) at ./math_intrinsic_values.go:21:13
./math_intrinsic_values.go:21:46:     from fmt.Println(... argument...) (call parameter) at ./math_intrinsic_values.go:21:13
./math_intrinsic_values.go:21:23: math.Sqrt(float64(f32)) escapes to heap:
./math_intrinsic_values.go:21:23:   flow: {storage for ... argument} = &{storage for math.Sqrt(float64(f32))}:
./math_intrinsic_values.go:21:23:     from math.Sqrt(float64(f32)) (spill) at ./math_intrinsic_values.go:21:23
./math_intrinsic_values.go:21:23:     from ... argument (slice-literal-element) at ./math_intrinsic_values.go:21:13
./math_intrinsic_values.go:21:23:   flow: {heap} = {storage for ... argument}:
./math_intrinsic_values.go:21:23:     from ... argument (spill) at ./math_intrinsic_values.go:21:13
./math_intrinsic_values.go:21:23:     from fmt.Println(... argument...) (call parameter) at ./math_intrinsic_values.go:21:13
./math_intrinsic_values.go:18:117: math.Float64bits(c2) escapes to heap:
./math_intrinsic_values.go:18:117:   flow: {storage for ... argument} = &{storage for math.Float64bits(c2)}:
./math_intrinsic_values.go:18:117:     from math.Float64bits(c2) (spill) at ./math_intrinsic_values.go:18:117
./math_intrinsic_values.go:18:117:     from ... argument (slice-literal-element) at ./math_intrinsic_values.go:18:13
./math_intrinsic_values.go:18:117:   flow: {heap} = {storage for ... argument}:
./math_intrinsic_values.go:18:117:     from ... argument (spill) at ./math_intrinsic_values.go:18:13
./math_intrinsic_values.go:18:117:     from fmt.Printf("%v %x %x %x %x\n", ... argument...) (call parameter) at ./math_intrinsic_values.go:18:13
./math_intrinsic_values.go:18:95: math.Float64bits(c1) escapes to heap:
./math_intrinsic_values.go:18:95:   flow: {storage for ... argument} = &{storage for math.Float64bits(c1)}:
./math_intrinsic_values.go:18:95:     from math.Float64bits(c1) (spill) at ./math_intrinsic_values.go:18:95
./math_intrinsic_values.go:18:95:     from ... argument (slice-literal-element) at ./math_intrinsic_values.go:18:13
./math_intrinsic_values.go:18:95:   flow: {heap} = {storage for ... argument}:
./math_intrinsic_values.go:18:95:     from ... argument (spill) at ./math_intrinsic_values.go:18:13
./math_intrinsic_values.go:18:95:     from fmt.Printf("%v %x %x %x %x\n", ... argument...) (call parameter) at ./math_intrinsic_values.go:18:13
./math_intrinsic_values.go:18:74: math.Float64bits(a) escapes to heap:
./math_intrinsic_values.go:18:74:   flow: {storage for ... argument} = &{storage for math.Float64bits(a)}:
./math_intrinsic_values.go:18:74:     from math.Float64bits(a) (spill) at ./math_intrinsic_values.go:18:74
./math_intrinsic_values.go:18:74:     from ... argument (slice-literal-element) at ./math_intrinsic_values.go:18:13
./math_intrinsic_values.go:18:74:   flow: {heap} = {storage for ... argument}:
./math_intrinsic_values.go:18:74:     from ... argument (spill) at ./math_intrinsic_values.go:18:13
./math_intrinsic_values.go:18:74:     from fmt.Printf("%v %x %x %x %x\n", ... argument...) (call parameter) at ./math_intrinsic_values.go:18:13
./math_intrinsic_values.go:18:53: math.Float64bits(s) escapes to heap:
./math_intrinsic_values.go:18:53:   flow: {storage for ... argument} = &{storage for math.Float64bits(s)}:
./math_intrinsic_values.go:18:53:     from math.Float64bits(s) (spill) at ./math_intrinsic_values.go:18:53
./math_intrinsic_values.go:18:53:     from ... argument (slice-literal-element) at ./math_intrinsic_values.go:18:13
./math_intrinsic_values.go:18:53:   flow: {heap} = {storage for ... argument}:
./math_intrinsic_values.go:18:53:     from ... argument (spill) at ./math_intrinsic_values.go:18:13
./math_intrinsic_values.go:18:53:     from fmt.Printf("%v %x %x %x %x\n", ... argument...) (call parameter) at ./math_intrinsic_values.go:18:13
./math_intrinsic_values.go:18:14: v escapes to heap:
./math_intrinsic_values.go:18:14:   flow: {storage for ... argument} = &{storage for v}:
./math_intrinsic_values.go:18:14:     from v (spill) at ./math_intrinsic_values.go:18:14
./math_intrinsic_values.go:18:14:     from ... argument (slice-literal-element) at ./math_intrinsic_values.go:18:13
./math_intrinsic_values.go:18:14:   flow: {heap} = {storage for ... argument}:
./math_intrinsic_values.go:18:14:     from ... argument (spill) at ./math_intrinsic_values.go:18:13
./math_intrinsic_values.go:18:14:     from fmt.Printf("%v %x %x %x %x\n", ... argument...) (call parameter) at ./math_intrinsic_values.go:18:13
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
