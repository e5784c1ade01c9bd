./bits_loops.go:51:43: s >> 1 escapes to heap:
./bits_loops.go:51:43:   flow: {storage for ... argument} = &{storage for s >> 1}:
./bits_loops.go:51:43:     from s >> 1 (spill) at ./bits_loops.go:51:43
./bits_loops.go:51:43:     from ... argument (slice-literal-element) at ./bits_loops.go:51:13
./bits_loops.go:51:43:   flow: {heap} = {storage for ... argument}:
./bits_loops.go:51:43:     from ... argument (spill) at ./bits_loops.go:51:13
./bits_loops.go:51:43:     from fmt.Println(... argument...) (call parameter) at ./bits_loops.go:51:13
./bits_loops.go:51:37: s << 1 escapes to heap:
./bits_loops.go:51:37:   flow: {storage for ... argument} = &{storage for s << 1}:
./bits_loops.go:51:37:     from s << 1 (spill) at ./bits_loops.go:51:37
./bits_loops.go:51:37:     from ... argument (slice-literal-element) at ./bits_loops.go:51:13
./bits_loops.go:51:37:   flow: {heap} = {storage for ... argument}:
./bits_loops.go:51:37:     from ... argument (spill) at ./bits_loops.go:51:13
./bits_loops.go:51:37:     from fmt.Println(... argument...) (call parameter) at ./bits_loops.go:51:13
./bits_loops.go:51:30: uint16(s) >> 15 escapes to heap:
./bits_loops.go:51:30:   flow: {storage for ... argument} = &{storage for uint16(s) >> 15}:
./bits_loops.go:51:30:     from uint16(s) >> 15 (spill) at ./bits_loops.go:51:30
./bits_loops.go:51:30:     from ... argument (slice-literal-element) at ./bits_loops.go:51:13
./bits_loops.go:51:30:   flow: {heap} = {storage for ... argument}:
./bits_loops.go:51:30:     from ... argument (spill) at ./bits_loops.go:51:13
./bits_loops.go:51:30:     from fmt.Println(... argument...) (call parameter) at ./bits_loops.go:51:13
./bits_loops.go:51:15: s >> 15 escapes to heap:
./bits_loops.go:51:15:   flow: {storage for ... argument} = &{storage for s >> 15}:
./bits_loops.go:51:15:     from s >> 15 (spill) at ./bits_loops.go:51:15
./bits_loops.go:51:15:     from ... argument (slice-literal-element) at ./bits_loops.go:51:13
./bits_loops.go:51:15:   flow: {heap} = {storage for ... argument}:
./bits_loops.go:51:15:     from ... argument (spill) at ./bits_loops.go:51:13
./bits_loops.go:51:15:     from fmt.Println(... argument...) (call parameter) at ./bits_loops.go:51:13
./bits_loops.go:49:44: y << uint16(31) escapes to heap:
./bits_loops.go:49:44:   flow: {storage for ... argument} = &{storage for y << uint16(31)}:
./bits_loops.go:49:44:     from y << uint16(31) (spill) at ./bits_loops.go:49:44
./bits_loops.go:49:44:     from ... argument (slice-literal-element) at ./bits_loops.go:49:13
./bits_loops.go:49:44:   flow: {heap} = {storage for ... argument}:
./bits_loops.go:49:44:     from ... argument (spill) at ./bits_loops.go:49:13
./bits_loops.go:49:44:     from fmt.Println(... argument...) (call parameter) at ./bits_loops.go:49:13
./bits_loops.go:49:29: x >> uint8(200) escapes to heap:
./bits_loops.go:49:29:   flow: {storage for ... argument} = &{storage for x >> uint8(200)}:
./bits_loops.go:49:29:     from x >> uint8(200) (spill) at ./bits_loops.go:49:29
./bits_loops.go:49:29:     from ... argument (slice-literal-element) at ./bits_loops.go:49:13
./bits_loops.go:49:29:   flow: {heap} = {storage for ... argument}:
./bits_loops.go:49:29:     from ... argument (spill) at ./bits_loops.go:49:13
./bits_loops.go:49:29:     from fmt.Println(... argument...) (call parameter) at ./bits_loops.go:49:13
./bits_loops.go:49:22: y >> 31 escapes to heap:
./bits_loops.go:49:22:   flow: {storage for ... argument} = &{storage for y >> 31}:
./bits_loops.go:49:22:     from y >> 31 (spill) at ./bits_loops.go:49:22
./bits_loops.go:49:22:     from ... argument (slice-literal-element) at ./bits_loops.go:49:13
./bits_loops.go:49:22:   flow: {heap} = {storage for ... argument}:
./bits_loops.go:49:22:     from ... argument (spill) at ./bits_loops.go:49:13
./bits_loops.go:49:22:     from fmt.Println(... argument...) (call parameter) at ./bits_loops.go:49:13
./bits_loops.go:49:15: x >> 31 escapes to heap:
./bits_loops.go:49:15:   flow: {storage for ... argument} = &{storage for x >> 31}:
./bits_loops.go:49:15:     from x >> 31 (spill) at ./bits_loops.go:49:15
./bits_loops.go:49:15:     from ... argument (slice-literal-element) at ./bits_loops.go:49:13
./bits_loops.go:49:15:   flow: {heap} = {storage for ... argument}:
./bits_loops.go:49:15:     from ... argument (spill) at ./bits_loops.go:49:13
./bits_loops.go:49:15:     from fmt.Println(... argument...) (call parameter) at ./bits_loops.go:49:13
./bits_loops.go:45:21: clz(b) escapes to heap:
./bits_loops.go:45:21:   flow: {storage for ... argument} = &{storage for clz(b)}:
./bits_loops.go:45:21:     from clz(b) (spill) at ./bits_loops.go:45:21
./bits_loops.go:45:21:     from ... argument (slice-literal-element) at ./bits_loops.go:45:14
./bits_loops.go:45:21:   flow: {heap} = {storage for ... argument}:
./bits_loops.go:45:21:     from ... argument (spill) at ./bits_loops.go:45:14
./bits_loops.go:45:21:     from fmt.Println(... argument...) (call parameter) at ./bits_loops.go:45:14
./bits_loops.go:45:14: b escapes to heap:
./bits_loops.go:45:14:   flow: {storage for ... argument} = &{storage for b}:
./bits_loops.go:45:14:     from b (spill) at ./bits_loops.go:45:14
./bits_loops.go:45:14:     from ... argument (slice-literal-element) at ./bits_loops.go:45:14
./bits_loops.go:45:14:   flow: {heap} = {storage for ... argument}:
./bits_loops.go:45:14:     from ... argument (spill) at ./bits_loops.go:45:14
./bits_loops.go:45:14:     from fmt.Println(... argument...) (call parameter) at ./bits_loops.go:45:14
./bits_loops.go:42:22: rotl(0xABCD, k) escapes to heap:
./bits_loops.go:42:22:   flow: {storage for ... argument} = &{storage for rotl(0xABCD, k)}:
./bits_loops.go:42:22:     from rotl(0xABCD, k) (spill) at ./bits_loops.go:42:22
./bits_loops.go:42:22:     from ... argument (slice-literal-element) at ./bits_loops.go:42:14
./bits_loops.go:42:22:   flow: {heap} = {storage for ... argument}:
./bits_loops.go:42:22:     from ... argument (spill) at ./bits_loops.go:42:14
./bits_loops.go:42:22:     from fmt.Println(... argument...) (call parameter) at ./bits_loops.go:42:14
./bits_loops.go:42:14: k escapes to heap:
./bits_loops.go:42:14:   flow: {storage for ... argument} = &{storage for k}:
./bits_loops.go:42:14:     from k (spill) at ./bits_loops.go:42:14
./bits_loops.go:42:14:     from ... argument (slice-literal-element) at ./bits_loops.go:42:14
./bits_loops.go:42:14:   flow: {heap} = {storage for ... argument}:
./bits_loops.go:42:14:     from ... argument (spill) at ./bits_loops.go:42:14
./bits_loops.go:42:14:     from fmt.Println(... argument...) (call parameter) at ./bits_loops.go:42:14
./bits_loops.go:40:66: reverseBits(0x12345678) escapes to heap:
./bits_loops.go:40:66:   flow: {storage for ... argument} = &{storage for reverseBits(0x12345678)}:
./bits_loops.go:40:66:     from reverseBits(0x12345678) (spill) at ./bits_loops.go:40:66
./bits_loops.go:40:66:     from ... argument (slice-literal-element) at ./bits_loops.go:40:13
./bits_loops.go:40:66:   flow: {heap} = {storage for ... argument}:
./bits_loops.go:40:66:     from ... argument (spill) at ./bits_loops.go:40:13
./bits_loops.go:40:66:     from fmt.Println(... argument...) (call parameter) at ./bits_loops.go:40:13
./bits_loops.go:40:41: reverseBits(0xF0000000) escapes to heap:
./bits_loops.go:40:41:   flow: {storage for ... argument} = &{storage for reverseBits(0xF0000000)}:
./bits_loops.go:40:41:     from reverseBits(0xF0000000) (spill) at ./bits_loops.go:40:41
./bits_loops.go:40:41:     from ... argument (slice-literal-element) at ./bits_loops.go:40:13
./bits_loops.go:40:41:   flow: {heap} = {storage for ... argument}:
./bits_loops.go:40:41:     from ... argument (spill) at ./bits_loops.go:40:13
./bits_loops.go:40:41:     from fmt.Println(... argument...) (call parameter) at ./bits_loops.go:40:13
./bits_loops.go:40:25: reverseBits(1) escapes to heap:
./bits_loops.go:40:25:   flow: {storage for ... argument} = &{storage for reverseBits(1)}:
./bits_loops.go:40:25:     from reverseBits(1) (spill) at ./bits_loops.go:40:25
./bits_loops.go:40:25:     from ... argument (slice-literal-element) at ./bits_loops.go:40:13
./bits_loops.go:40:25:   flow: {heap} = {storage for ... argument}:
./bits_loops.go:40:25:     from ... argument (spill) at ./bits_loops.go:40:13
./bits_loops.go:40:25:     from fmt.Println(... argument...) (call parameter) at ./bits_loops.go:40:13
./bits_loops.go:38:26: popcount(v) escapes to heap:
./bits_loops.go:38:26:   flow: {storage for ... argument} = &{storage for popcount(v)}:
./bits_loops.go:38:26:     from popcount(v) (spill) at ./bits_loops.go:38:26
./bits_loops.go:38:26:     from ... argument (slice-literal-element) at ./bits_loops.go:38:14
./bits_loops.go:38:26:   flow: {heap} = {storage for ... argument}:
./bits_loops.go:38:26:     from ... argument (spill) at ./bits_loops.go:38:14
./bits_loops.go:38:26:     from fmt.Println(... argument...) (call parameter) at ./bits_loops.go:38:14
./bits_loops.go:38:14: v escapes to heap:
./bits_loops.go:38:14:   flow: {storage for ... argument} = &{storage for v}:
./bits_loops.go:38:14:     from v (spill) at ./bits_loops.go:38:14
./bits_loops.go:38:14:     from ... argument (slice-literal-element) at ./bits_loops.go:38:14
./bits_loops.go:38:14:   flow: {heap} = {storage for ... argument}:
./bits_loops.go:38:14:     from ... argument (spill) at ./bits_loops.go:38:14
./bits_loops.go:38:14:     from fmt.Println(... argument...) (call parameter) at ./bits_loops.go:38:14
./bits_loops.go:37:28: []uint64{...} does not escape
./bits_loops.go:38:14: ... argument does not escape
./bits_loops.go:38:14: v escapes to heap
./bits_loops.go:38:26: popcount(v) escapes to heap
./bits_loops.go:40:13: ... argument does not escape
./bits_loops.go:40:25: reverseBits(1) escapes to heap
./bits_loops.go:40:41: reverseBits(0xF0000000) escapes to heap
./bits_loops.go:40:66: reverseBits(0x12345678) escapes to heap
./bits_loops.go:42:14: ... argument does not escape
./bits_loops.go:42:14: k escapes to heap
./bits_loops.go:42:22: rotl(0xABCD, k) escapes to heap
./bits_loops.go:44:27: []uint8{...} does not escape
./bits_loops.go:45:14: ... argument does not escape
./bits_loops.go:45:14: b escapes to heap
./bits_loops.go:45:21: clz(b) escapes to heap
./bits_loops.go:49:13: ... argument does not escape
./bits_loops.go:49:15: x >> 31 escapes to heap
./bits_loops.go:49:22: y >> 31 escapes to heap
./bits_loops.go:49:29: x >> uint8(200) escapes to heap
./bits_loops.go:49:44: y << uint16(31) escapes to heap
./bits_loops.go:51:13: ... argument does not escape
./bits_loops.go:51:15: s >> 15 escapes to heap
./bits_loops.go:51:30: uint16(s) >> 15 escapes to heap
./bits_loops.go:51:37: s << 1 escapes to heap
./bits_loops.go:51:43: s >> 1 escapes to heap
