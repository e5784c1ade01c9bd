./math_funcs_bits.go:205:13: h escapes to heap:
./math_funcs_bits.go:205:13:   flow: {storage for ... argument} = &{storage for h}:
./math_funcs_bits.go:205:13:     from h (spill) at ./math_funcs_bits.go:205:13
./math_funcs_bits.go:205:13:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:205:12
./math_funcs_bits.go:205:13:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:205:13:     from ... argument (spill) at ./math_funcs_bits.go:205:12
./math_funcs_bits.go:205:13:     from fmt.Printf("Nextafter32: %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:205:12
./math_funcs_bits.go:195:13: h escapes to heap:
./math_funcs_bits.go:195:13:   flow: {storage for ... argument} = &{storage for h}:
./math_funcs_bits.go:195:13:     from h (spill) at ./math_funcs_bits.go:195:13
./math_funcs_bits.go:195:13:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:195:12
./math_funcs_bits.go:195:13:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:195:13:     from ... argument (spill) at ./math_funcs_bits.go:195:12
./math_funcs_bits.go:195:13:     from fmt.Printf("Pow10: %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:195:12
./math_funcs_bits.go:188:15: h escapes to heap:
./math_funcs_bits.go:188:15:   flow: {storage for ... argument} = &{storage for h}:
./math_funcs_bits.go:188:15:     from h (spill) at ./math_funcs_bits.go:188:15
./math_funcs_bits.go:188:15:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:188:14
./math_funcs_bits.go:188:15:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:188:15:     from ... argument (spill) at ./math_funcs_bits.go:188:14
./math_funcs_bits.go:188:15:     from fmt.Printf("%s window %d: %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:188:14
./math_funcs_bits.go:188:15: w escapes to heap:
./math_funcs_bits.go:188:15:   flow: {storage for ... argument} = &{storage for w}:
./math_funcs_bits.go:188:15:     from w (spill) at ./math_funcs_bits.go:188:15
./math_funcs_bits.go:188:15:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:188:14
./math_funcs_bits.go:188:15:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:188:15:     from ... argument (spill) at ./math_funcs_bits.go:188:14
./math_funcs_bits.go:188:15:     from fmt.Printf("%s window %d: %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:188:14
./math_funcs_bits.go:188:15: name escapes to heap:
./math_funcs_bits.go:188:15:   flow: {storage for ... argument} = &{storage for name}:
./math_funcs_bits.go:188:15:     from name (spill) at ./math_funcs_bits.go:188:15
./math_funcs_bits.go:188:15:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:188:14
./math_funcs_bits.go:188:15:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:188:15:     from ... argument (spill) at ./math_funcs_bits.go:188:14
./math_funcs_bits.go:188:15:     from fmt.Printf("%s window %d: %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:188:14
./math_funcs_bits.go:173:15: h escapes to heap:
./math_funcs_bits.go:173:15:   flow: {storage for ... argument} = &{storage for h}:
./math_funcs_bits.go:173:15:     from h (spill) at ./math_funcs_bits.go:173:15
./math_funcs_bits.go:173:15:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:173:14
./math_funcs_bits.go:173:15:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:173:15:     from ... argument (spill) at ./math_funcs_bits.go:173:14
./math_funcs_bits.go:173:15:     from fmt.Printf("%s window %d: %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:173:14
./math_funcs_bits.go:173:15: w escapes to heap:
./math_funcs_bits.go:173:15:   flow: {storage for ... argument} = &{storage for w}:
./math_funcs_bits.go:173:15:     from w (spill) at ./math_funcs_bits.go:173:15
./math_funcs_bits.go:173:15:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:173:14
./math_funcs_bits.go:173:15:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:173:15:     from ... argument (spill) at ./math_funcs_bits.go:173:14
./math_funcs_bits.go:173:15:     from fmt.Printf("%s window %d: %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:173:14
./math_funcs_bits.go:173:15: name escapes to heap:
./math_funcs_bits.go:173:15:   flow: {storage for ... argument} = &{storage for name}:
./math_funcs_bits.go:173:15:     from name (spill) at ./math_funcs_bits.go:173:15
./math_funcs_bits.go:173:15:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:173:14
./math_funcs_bits.go:173:15:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:173:15:     from ... argument (spill) at ./math_funcs_bits.go:173:14
./math_funcs_bits.go:173:15:     from fmt.Printf("%s window %d: %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:173:14
./math_funcs_bits.go:162:86: f2(k, y, x) escapes to heap:
./math_funcs_bits.go:162:86:   flow: {storage for ... argument} = &{storage for f2(k, y, x)}:
./math_funcs_bits.go:162:86:     from f2(k, y, x) (spill) at ./math_funcs_bits.go:162:86
./math_funcs_bits.go:162:86:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:162:14
./math_funcs_bits.go:162:86:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:162:86:     from ... argument (spill) at ./math_funcs_bits.go:162:14
./math_funcs_bits.go:162:86:     from fmt.Printf("%s(%x, %x) = %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:162:14
./math_funcs_bits.go:162:79: math.Float64bits(x) escapes to heap:
./math_funcs_bits.go:162:79:   flow: {storage for ... argument} = &{storage for math.Float64bits(x)}:
./math_funcs_bits.go:162:79:     from math.Float64bits(x) (spill) at ./math_funcs_bits.go:162:79
./math_funcs_bits.go:162:79:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:162:14
./math_funcs_bits.go:162:79:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:162:79:     from ... argument (spill) at ./math_funcs_bits.go:162:14
./math_funcs_bits.go:162:79:     from fmt.Printf("%s(%x, %x) = %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:162:14
./math_funcs_bits.go:162:58: math.Float64bits(y) escapes to heap:
./math_funcs_bits.go:162:58:   flow: {storage for ... argument} = &{storage for math.Float64bits(y)}:
./math_funcs_bits.go:162:58:     from math.Float64bits(y) (spill) at ./math_funcs_bits.go:162:58
./math_funcs_bits.go:162:58:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:162:14
./math_funcs_bits.go:162:58:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:162:58:     from ... argument (spill) at ./math_funcs_bits.go:162:14
./math_funcs_bits.go:162:58:     from fmt.Printf("%s(%x, %x) = %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:162:14
./math_funcs_bits.go:162:15: name escapes to heap:
./math_funcs_bits.go:162:15:   flow: {storage for ... argument} = &{storage for name}:
./math_funcs_bits.go:162:15:     from name (spill) at ./math_funcs_bits.go:162:15
./math_funcs_bits.go:162:15:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:162:14
./math_funcs_bits.go:162:15:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:162:15:     from ... argument (spill) at ./math_funcs_bits.go:162:14
./math_funcs_bits.go:162:15:     from fmt.Printf("%s(%x, %x) = %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:162:14
./math_funcs_bits.go:161:86: f2(k, x, y) escapes to heap:
./math_funcs_bits.go:161:86:   flow: {storage for ... argument} = &{storage for f2(k, x, y)}:
./math_funcs_bits.go:161:86:     from f2(k, x, y) (spill) at ./math_funcs_bits.go:161:86
./math_funcs_bits.go:161:86:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:161:14
./math_funcs_bits.go:161:86:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:161:86:     from ... argument (spill) at ./math_funcs_bits.go:161:14
./math_funcs_bits.go:161:86:     from fmt.Printf("%s(%x, %x) = %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:161:14
./math_funcs_bits.go:161:79: math.Float64bits(y) escapes to heap:
./math_funcs_bits.go:161:79:   flow: {storage for ... argument} = &{storage for math.Float64bits(y)}:
./math_funcs_bits.go:161:79:     from math.Float64bits(y) (spill) at ./math_funcs_bits.go:161:79
./math_funcs_bits.go:161:79:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:161:14
./math_funcs_bits.go:161:79:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:161:79:     from ... argument (spill) at ./math_funcs_bits.go:161:14
./math_funcs_bits.go:161:79:     from fmt.Printf("%s(%x, %x) = %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:161:14
./math_funcs_bits.go:161:58: math.Float64bits(x) escapes to heap:
./math_funcs_bits.go:161:58:   flow: {storage for ... argument} = &{storage for math.Float64bits(x)}:
./math_funcs_bits.go:161:58:     from math.Float64bits(x) (spill) at ./math_funcs_bits.go:161:58
./math_funcs_bits.go:161:58:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:161:14
./math_funcs_bits.go:161:58:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:161:58:     from ... argument (spill) at ./math_funcs_bits.go:161:14
./math_funcs_bits.go:161:58:     from fmt.Printf("%s(%x, %x) = %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:161:14
./math_funcs_bits.go:161:15: name escapes to heap:
./math_funcs_bits.go:161:15:   flow: {storage for ... argument} = &{storage for name}:
./math_funcs_bits.go:161:15:     from name (spill) at ./math_funcs_bits.go:161:15
./math_funcs_bits.go:161:15:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:161:14
./math_funcs_bits.go:161:15:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:161:15:     from ... argument (spill) at ./math_funcs_bits.go:161:14
./math_funcs_bits.go:161:15:     from fmt.Printf("%s(%x, %x) = %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:161:14
./math_funcs_bits.go:155:61: f1(k, x) escapes to heap:
./math_funcs_bits.go:155:61:   flow: {storage for ... argument} = &{storage for f1(k, x)}:
./math_funcs_bits.go:155:61:     from f1(k, x) (spill) at ./math_funcs_bits.go:155:61
./math_funcs_bits.go:155:61:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:155:14
./math_funcs_bits.go:155:61:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:155:61:     from ... argument (spill) at ./math_funcs_bits.go:155:14
./math_funcs_bits.go:155:61:     from fmt.Printf("%s(%x) = %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:155:14
./math_funcs_bits.go:155:54: math.Float64bits(x) escapes to heap:
./math_funcs_bits.go:155:54:   flow: {storage for ... argument} = &{storage for math.Float64bits(x)}:
./math_funcs_bits.go:155:54:     from math.Float64bits(x) (spill) at ./math_funcs_bits.go:155:54
./math_funcs_bits.go:155:54:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:155:14
./math_funcs_bits.go:155:54:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:155:54:     from ... argument (spill) at ./math_funcs_bits.go:155:14
./math_funcs_bits.go:155:54:     from fmt.Printf("%s(%x) = %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:155:14
./math_funcs_bits.go:155:15: name escapes to heap:
./math_funcs_bits.go:155:15:   flow: {storage for ... argument} = &{storage for name}:
./math_funcs_bits.go:155:15:     from name (spill) at ./math_funcs_bits.go:155:15
./math_funcs_bits.go:155:15:     from ... argument (slice-literal-element) at ./math_funcs_bits.go:155:14
./math_funcs_bits.go:155:15:   flow: {heap} = {storage for ... argument}:
./math_funcs_bits.go:155:15:     from ... argument (spill) at ./math_funcs_bits.go:155:14
./math_funcs_bits.go:155:15:     from fmt.Printf("%s(%x) = %x\n", ... argument...) (call parameter) at ./math_funcs_bits.go:155:14
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
