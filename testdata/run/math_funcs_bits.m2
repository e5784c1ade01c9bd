./math_funcs_bits.go:191:13: h escapes to heap:
./math_funcs_bits.go:191:13:   flow: {storage for ... argument} = &{storage for h}:
./math_funcs_bits.go:191:13:     from h (spill) at ./math_funcs_bits.go:191:13
./math_funcs_bits.go:191:13:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:191:12
./math_funcs_bits.go:191:13:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:191:13:     from ... argument (spill) at ./math_funcs_bits.go:191:12
./math_funcs_bits.go:191:13:     from fmt.Printf("Nextafter32: %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:191:12
./math_funcs_bits.go:181:13: h escapes to heap:
./math_funcs_bits.go:181:13:   flow: {storage for ... argument} = &{storage for h}:
./math_funcs_bits.go:181:13:     from h (spill) at ./math_funcs_bits.go:181:13
./math_funcs_bits.go:181:13:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:181:12
./math_funcs_bits.go:181:13:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:181:13:     from ... argument (spill) at ./math_funcs_bits.go:181:12
./math_funcs_bits.go:181:13:     from fmt.Printf("Pow10: %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:181:12
./math_funcs_bits.go:174:15: h escapes to heap:
./math_funcs_bits.go:174:15:   flow: {storage for ... argument} = &{storage for h}:
./math_funcs_bits.go:174:15:     from h (spill) at ./math_funcs_bits.go:174:15
./math_funcs_bits.go:174:15:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:174:14
./math_funcs_bits.go:174:15:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:174:15:     from ... argument (spill) at ./math_funcs_bits.go:174:14
./math_funcs_bits.go:174:15:     from fmt.Printf("%s window %d: %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:174:14
./math_funcs_bits.go:174:15: w escapes to heap:
./math_funcs_bits.go:174:15:   flow: {storage for ... argument} = &{storage for w}:
./math_funcs_bits.go:174:15:     from w (spill) at ./math_funcs_bits.go:174:15
./math_funcs_bits.go:174:15:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:174:14
./math_funcs_bits.go:174:15:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:174:15:     from ... argument (spill) at ./math_funcs_bits.go:174:14
./math_funcs_bits.go:174:15:     from fmt.Printf("%s window %d: %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:174:14
./math_funcs_bits.go:174:15: name escapes to heap:
./math_funcs_bits.go:174:15:   flow: {storage for ... argument} = &{storage for name}:
./math_funcs_bits.go:174:15:     from name (spill) at ./math_funcs_bits.go:174:15
./math_funcs_bits.go:174:15:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:174:14
./math_funcs_bits.go:174:15:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:174:15:     from ... argument (spill) at ./math_funcs_bits.go:174:14
./math_funcs_bits.go:174:15:     from fmt.Printf("%s window %d: %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:174:14
./math_funcs_bits.go:159:15: h escapes to heap:
./math_funcs_bits.go:159:15:   flow: {storage for ... argument} = &{storage for h}:
./math_funcs_bits.go:159:15:     from h (spill) at ./math_funcs_bits.go:159:15
./math_funcs_bits.go:159:15:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:159:14
./math_funcs_bits.go:159:15:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:159:15:     from ... argument (spill) at ./math_funcs_bits.go:159:14
./math_funcs_bits.go:159:15:     from fmt.Printf("%s window %d: %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:159:14
./math_funcs_bits.go:159:15: w escapes to heap:
./math_funcs_bits.go:159:15:   flow: {storage for ... argument} = &{storage for w}:
./math_funcs_bits.go:159:15:     from w (spill) at ./math_funcs_bits.go:159:15
./math_funcs_bits.go:159:15:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:159:14
./math_funcs_bits.go:159:15:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:159:15:     from ... argument (spill) at ./math_funcs_bits.go:159:14
./math_funcs_bits.go:159:15:     from fmt.Printf("%s window %d: %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:159:14
./math_funcs_bits.go:159:15: name escapes to heap:
./math_funcs_bits.go:159:15:   flow: {storage for ... argument} = &{storage for name}:
./math_funcs_bits.go:159:15:     from name (spill) at ./math_funcs_bits.go:159:15
./math_funcs_bits.go:159:15:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:159:14
./math_funcs_bits.go:159:15:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:159:15:     from ... argument (spill) at ./math_funcs_bits.go:159:14
./math_funcs_bits.go:159:15:     from fmt.Printf("%s window %d: %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:159:14
./math_funcs_bits.go:148:86: f2(k, y, x) escapes to heap:
./math_funcs_bits.go:148:86:   flow: {storage for ... argument} = &{storage for f2(k, y, x)}:
./math_funcs_bits.go:148:86:     from f2(k, y, x) (spill) at ./math_funcs_bits.go:148:86
./math_funcs_bits.go:148:86:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:148:14
./math_funcs_bits.go:148:86:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:148:86:     from ... argument (spill) at ./math_funcs_bits.go:148:14
./math_funcs_bits.go:148:86:     from fmt.Printf("%s(%x, %x) = %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:148:14
./math_funcs_bits.go:148:79: math.Float64bits(x) escapes to heap:
./math_funcs_bits.go:148:79:   flow: {storage for ... argument} = &{storage for math.Float64bits(x)}:
./math_funcs_bits.go:148:79:     from math.Float64bits(x) (spill) at ./math_funcs_bits.go:148:79
./math_funcs_bits.go:148:79:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:148:14
./math_funcs_bits.go:148:79:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:148:79:     from ... argument (spill) at ./math_funcs_bits.go:148:14
./math_funcs_bits.go:148:79:     from fmt.Printf("%s(%x, %x) = %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:148:14
./math_funcs_bits.go:148:58: math.Float64bits(y) escapes to heap:
./math_funcs_bits.go:148:58:   flow: {storage for ... argument} = &{storage for math.Float64bits(y)}:
./math_funcs_bits.go:148:58:     from math.Float64bits(y) (spill) at ./math_funcs_bits.go:148:58
./math_funcs_bits.go:148:58:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:148:14
./math_funcs_bits.go:148:58:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:148:58:     from ... argument (spill) at ./math_funcs_bits.go:148:14
./math_funcs_bits.go:148:58:     from fmt.Printf("%s(%x, %x) = %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:148:14
./math_funcs_bits.go:148:15: name escapes to heap:
./math_funcs_bits.go:148:15:   flow: {storage for ... argument} = &{storage for name}:
./math_funcs_bits.go:148:15:     from name (spill) at ./math_funcs_bits.go:148:15
./math_funcs_bits.go:148:15:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:148:14
./math_funcs_bits.go:148:15:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:148:15:     from ... argument (spill) at ./math_funcs_bits.go:148:14
./math_funcs_bits.go:148:15:     from fmt.Printf("%s(%x, %x) = %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:148:14
./math_funcs_bits.go:147:86: f2(k, x, y) escapes to heap:
./math_funcs_bits.go:147:86:   flow: {storage for ... argument} = &{storage for f2(k, x, y)}:
./math_funcs_bits.go:147:86:     from f2(k, x, y) (spill) at ./math_funcs_bits.go:147:86
./math_funcs_bits.go:147:86:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:147:14
./math_funcs_bits.go:147:86:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:147:86:     from ... argument (spill) at ./math_funcs_bits.go:147:14
./math_funcs_bits.go:147:86:     from fmt.Printf("%s(%x, %x) = %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:147:14
./math_funcs_bits.go:147:79: math.Float64bits(y) escapes to heap:
./math_funcs_bits.go:147:79:   flow: {storage for ... argument} = &{storage for math.Float64bits(y)}:
./math_funcs_bits.go:147:79:     from math.Float64bits(y) (spill) at ./math_funcs_bits.go:147:79
./math_funcs_bits.go:147:79:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:147:14
./math_funcs_bits.go:147:79:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:147:79:     from ... argument (spill) at ./math_funcs_bits.go:147:14
./math_funcs_bits.go:147:79:     from fmt.Printf("%s(%x, %x) = %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:147:14
./math_funcs_bits.go:147:58: math.Float64bits(x) escapes to heap:
./math_funcs_bits.go:147:58:   flow: {storage for ... argument} = &{storage for math.Float64bits(x)}:
./math_funcs_bits.go:147:58:     from math.Float64bits(x) (spill) at ./math_funcs_bits.go:147:58
./math_funcs_bits.go:147:58:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:147:14
./math_funcs_bits.go:147:58:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:147:58:     from ... argument (spill) at ./math_funcs_bits.go:147:14
./math_funcs_bits.go:147:58:     from fmt.Printf("%s(%x, %x) = %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:147:14
./math_funcs_bits.go:147:15: name escapes to heap:
./math_funcs_bits.go:147:15:   flow: {storage for ... argument} = &{storage for name}:
./math_funcs_bits.go:147:15:     from name (spill) at ./math_funcs_bits.go:147:15
./math_funcs_bits.go:147:15:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:147:14
./math_funcs_bits.go:147:15:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:147:15:     from ... argument (spill) at ./math_funcs_bits.go:147:14
./math_funcs_bits.go:147:15:     from fmt.Printf("%s(%x, %x) = %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:147:14
./math_funcs_bits.go:141:61: f1(k, x) escapes to heap:
./math_funcs_bits.go:141:61:   flow: {storage for ... argument} = &{storage for f1(k, x)}:
./math_funcs_bits.go:141:61:     from f1(k, x) (spill) at ./math_funcs_bits.go:141:61
./math_funcs_bits.go:141:61:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:141:14
./math_funcs_bits.go:141:61:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:141:61:     from ... argument (spill) at ./math_funcs_bits.go:141:14
./math_funcs_bits.go:141:61:     from fmt.Printf("%s(%x) = %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:141:14
./math_funcs_bits.go:141:54: math.Float64bits(x) escapes to heap:
./math_funcs_bits.go:141:54:   flow: {storage for ... argument} = &{storage for math.Float64bits(x)}:
./math_funcs_bits.go:141:54:     from math.Float64bits(x) (spill) at ./math_funcs_bits.go:141:54
./math_funcs_bits.go:141:54:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:141:14
./math_funcs_bits.go:141:54:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:141:54:     from ... argument (spill) at ./math_funcs_bits.go:141:14
./math_funcs_bits.go:141:54:     from fmt.Printf("%s(%x) = %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:141:14
./math_funcs_bits.go:141:15: name escapes to heap:
./math_funcs_bits.go:141:15:   flow: {storage for ... argument} = &{storage for name}:
./math_funcs_bits.go:141:15:     from name (spill) at ./math_funcs_bits.go:141:15
./math_funcs_bits.go:141:15:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:141:14
./math_funcs_bits.go:141:15:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:141:15:     from ... argument (spill) at ./math_funcs_bits.go:141:14
./math_funcs_bits.go:141:15:     from fmt.Printf("%s(%x) = %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:141:14
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
