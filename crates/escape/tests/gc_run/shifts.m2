./shifts.go:21:28: ^b escapes to heap:
./shifts.go:21:28:   flow: {storage for ... argument} = &{storage for ^b}:
./shifts.go:21:28:     from ^b (spill) at ./shifts.go:21:28
./shifts.go:21:28:     from ... argument (slice-literal-element) at ./shifts.go:21:13
./shifts.go:21:28:   flow: {heap} = {storage for ... argument}:
./shifts.go:21:28:     from ... argument (spill) at ./shifts.go:21:13
./shifts.go:21:28:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:21:13
./shifts.go:21:23: ^i8 escapes to heap:
./shifts.go:21:23:   flow: {storage for ... argument} = &{storage for ^i8}:
./shifts.go:21:23:     from ^i8 (spill) at ./shifts.go:21:23
./shifts.go:21:23:     from ... argument (slice-literal-element) at ./shifts.go:21:13
./shifts.go:21:23:   flow: {heap} = {storage for ... argument}:
./shifts.go:21:23:     from ... argument (spill) at ./shifts.go:21:13
./shifts.go:21:23:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:21:13
./shifts.go:21:17: i8 >> 1 escapes to heap:
./shifts.go:21:17:   flow: {storage for ... argument} = &{storage for i8 >> 1}:
./shifts.go:21:17:     from i8 >> 1 (spill) at ./shifts.go:21:17
./shifts.go:21:17:     from ... argument (slice-literal-element) at ./shifts.go:21:13
./shifts.go:21:17:   flow: {heap} = {storage for ... argument}:
./shifts.go:21:17:     from ... argument (spill) at ./shifts.go:21:13
./shifts.go:21:17:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:21:13
./shifts.go:19:45: 6 &^ 3 escapes to heap:
./shifts.go:19:45:   flow: {storage for ... argument} = &{storage for 6 &^ 3}:
./shifts.go:19:45:     from 6 &^ 3 (spill) at ./shifts.go:19:45
./shifts.go:19:45:     from ... argument (slice-literal-element) at ./shifts.go:19:13
./shifts.go:19:45:   flow: {heap} = {storage for ... argument}:
./shifts.go:19:45:     from ... argument (spill) at ./shifts.go:19:13
./shifts.go:19:45:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:19:13
./shifts.go:19:40: 7 ^ 2 escapes to heap:
./shifts.go:19:40:   flow: {storage for ... argument} = &{storage for 7 ^ 2}:
./shifts.go:19:40:     from 7 ^ 2 (spill) at ./shifts.go:19:40
./shifts.go:19:40:     from ... argument (slice-literal-element) at ./shifts.go:19:13
./shifts.go:19:40:   flow: {heap} = {storage for ... argument}:
./shifts.go:19:40:     from ... argument (spill) at ./shifts.go:19:13
./shifts.go:19:40:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:19:13
./shifts.go:19:35: 7 | 8 escapes to heap:
./shifts.go:19:35:   flow: {storage for ... argument} = &{storage for 7 | 8}:
./shifts.go:19:35:     from 7 | 8 (spill) at ./shifts.go:19:35
./shifts.go:19:35:     from ... argument (slice-literal-element) at ./shifts.go:19:13
./shifts.go:19:35:   flow: {heap} = {storage for ... argument}:
./shifts.go:19:35:     from ... argument (spill) at ./shifts.go:19:13
./shifts.go:19:35:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:19:13
./shifts.go:19:30: 7 & 3 escapes to heap:
./shifts.go:19:30:   flow: {storage for ... argument} = &{storage for 7 & 3}:
./shifts.go:19:30:     from 7 & 3 (spill) at ./shifts.go:19:30
./shifts.go:19:30:     from ... argument (slice-literal-element) at ./shifts.go:19:13
./shifts.go:19:30:   flow: {heap} = {storage for ... argument}:
./shifts.go:19:30:     from ... argument (spill) at ./shifts.go:19:13
./shifts.go:19:30:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:19:13
./shifts.go:19:24: 0xff >> s escapes to heap:
./shifts.go:19:24:   flow: {storage for ... argument} = &{storage for 0xff >> s}:
./shifts.go:19:24:     from 0xff >> s (spill) at ./shifts.go:19:24
./shifts.go:19:24:     from ... argument (slice-literal-element) at ./shifts.go:19:13
./shifts.go:19:24:   flow: {heap} = {storage for ... argument}:
./shifts.go:19:24:     from ... argument (spill) at ./shifts.go:19:13
./shifts.go:19:24:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:19:13
./shifts.go:19:15: 1 << s escapes to heap:
./shifts.go:19:15:   flow: {storage for ... argument} = &{storage for 1 << s}:
./shifts.go:19:15:     from 1 << s (spill) at ./shifts.go:19:15
./shifts.go:19:15:     from ... argument (slice-literal-element) at ./shifts.go:19:13
./shifts.go:19:15:   flow: {heap} = {storage for ... argument}:
./shifts.go:19:15:     from ... argument (spill) at ./shifts.go:19:13
./shifts.go:19:15:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:19:13
./shifts.go:17:34: c >> 40 escapes to heap:
./shifts.go:17:34:   flow: {storage for ... argument} = &{storage for c >> 40}:
./shifts.go:17:34:     from c >> 40 (spill) at ./shifts.go:17:34
./shifts.go:17:34:     from ... argument (slice-literal-element) at ./shifts.go:17:13
./shifts.go:17:34:   flow: {heap} = {storage for ... argument}:
./shifts.go:17:34:     from ... argument (spill) at ./shifts.go:17:13
./shifts.go:17:34:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:17:13
./shifts.go:17:27: c >> 31 escapes to heap:
./shifts.go:17:27:   flow: {storage for ... argument} = &{storage for c >> 31}:
./shifts.go:17:27:     from c >> 31 (spill) at ./shifts.go:17:27
./shifts.go:17:27:     from ... argument (slice-literal-element) at ./shifts.go:17:13
./shifts.go:17:27:   flow: {heap} = {storage for ... argument}:
./shifts.go:17:27:     from ... argument (spill) at ./shifts.go:17:13
./shifts.go:17:27:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:17:13
./shifts.go:17:21: c >> 1 escapes to heap:
./shifts.go:17:21:   flow: {storage for ... argument} = &{storage for c >> 1}:
./shifts.go:17:21:     from c >> 1 (spill) at ./shifts.go:17:21
./shifts.go:17:21:     from ... argument (slice-literal-element) at ./shifts.go:17:13
./shifts.go:17:21:   flow: {heap} = {storage for ... argument}:
./shifts.go:17:21:     from ... argument (spill) at ./shifts.go:17:13
./shifts.go:17:21:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:17:13
./shifts.go:17:15: c << 2 escapes to heap:
./shifts.go:17:15:   flow: {storage for ... argument} = &{storage for c << 2}:
./shifts.go:17:15:     from c << 2 (spill) at ./shifts.go:17:15
./shifts.go:17:15:     from ... argument (slice-literal-element) at ./shifts.go:17:13
./shifts.go:17:15:   flow: {heap} = {storage for ... argument}:
./shifts.go:17:15:     from ... argument (spill) at ./shifts.go:17:13
./shifts.go:17:15:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:17:13
./shifts.go:15:33: b << 8 escapes to heap:
./shifts.go:15:33:   flow: {storage for ... argument} = &{storage for b << 8}:
./shifts.go:15:33:     from b << 8 (spill) at ./shifts.go:15:33
./shifts.go:15:33:     from ... argument (slice-literal-element) at ./shifts.go:15:13
./shifts.go:15:33:   flow: {heap} = {storage for ... argument}:
./shifts.go:15:33:     from ... argument (spill) at ./shifts.go:15:13
./shifts.go:15:33:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:15:13
./shifts.go:15:27: b << 7 escapes to heap:
./shifts.go:15:27:   flow: {storage for ... argument} = &{storage for b << 7}:
./shifts.go:15:27:     from b << 7 (spill) at ./shifts.go:15:27
./shifts.go:15:27:     from ... argument (slice-literal-element) at ./shifts.go:15:13
./shifts.go:15:27:   flow: {heap} = {storage for ... argument}:
./shifts.go:15:27:     from ... argument (spill) at ./shifts.go:15:13
./shifts.go:15:27:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:15:13
./shifts.go:15:21: b >> 1 escapes to heap:
./shifts.go:15:21:   flow: {storage for ... argument} = &{storage for b >> 1}:
./shifts.go:15:21:     from b >> 1 (spill) at ./shifts.go:15:21
./shifts.go:15:21:     from ... argument (slice-literal-element) at ./shifts.go:15:13
./shifts.go:15:21:   flow: {heap} = {storage for ... argument}:
./shifts.go:15:21:     from ... argument (spill) at ./shifts.go:15:13
./shifts.go:15:21:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:15:13
./shifts.go:15:15: b << 1 escapes to heap:
./shifts.go:15:15:   flow: {storage for ... argument} = &{storage for b << 1}:
./shifts.go:15:15:     from b << 1 (spill) at ./shifts.go:15:15
./shifts.go:15:15:     from ... argument (slice-literal-element) at ./shifts.go:15:13
./shifts.go:15:15:   flow: {heap} = {storage for ... argument}:
./shifts.go:15:15:     from ... argument (spill) at ./shifts.go:15:13
./shifts.go:15:15:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:15:13
./shifts.go:13:32: u << 1 escapes to heap:
./shifts.go:13:32:   flow: {storage for ... argument} = &{storage for u << 1}:
./shifts.go:13:32:     from u << 1 (spill) at ./shifts.go:13:32
./shifts.go:13:32:     from ... argument (slice-literal-element) at ./shifts.go:13:13
./shifts.go:13:32:   flow: {heap} = {storage for ... argument}:
./shifts.go:13:32:     from ... argument (spill) at ./shifts.go:13:13
./shifts.go:13:32:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:13:13
./shifts.go:13:25: u >> 64 escapes to heap:
./shifts.go:13:25:   flow: {storage for ... argument} = &{storage for u >> 64}:
./shifts.go:13:25:     from u >> 64 (spill) at ./shifts.go:13:25
./shifts.go:13:25:     from ... argument (slice-literal-element) at ./shifts.go:13:13
./shifts.go:13:25:   flow: {heap} = {storage for ... argument}:
./shifts.go:13:25:     from ... argument (spill) at ./shifts.go:13:13
./shifts.go:13:25:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:13:13
./shifts.go:13:18: u >> 63 escapes to heap:
./shifts.go:13:18:   flow: {storage for ... argument} = &{storage for u >> 63}:
./shifts.go:13:18:     from u >> 63 (spill) at ./shifts.go:13:18
./shifts.go:13:18:     from ... argument (slice-literal-element) at ./shifts.go:13:13
./shifts.go:13:18:   flow: {heap} = {storage for ... argument}:
./shifts.go:13:18:     from ... argument (spill) at ./shifts.go:13:13
./shifts.go:13:18:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:13:13
./shifts.go:13:13: u escapes to heap:
./shifts.go:13:13:   flow: {storage for ... argument} = &{storage for u}:
./shifts.go:13:13:     from u (spill) at ./shifts.go:13:13
./shifts.go:13:13:     from ... argument (slice-literal-element) at ./shifts.go:13:13
./shifts.go:13:13:   flow: {heap} = {storage for ... argument}:
./shifts.go:13:13:     from ... argument (spill) at ./shifts.go:13:13
./shifts.go:13:13:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:13:13
./shifts.go:11:41: y >> 100 escapes to heap:
./shifts.go:11:41:   flow: {storage for ... argument} = &{storage for y >> 100}:
./shifts.go:11:41:     from y >> 100 (spill) at ./shifts.go:11:41
./shifts.go:11:41:     from ... argument (slice-literal-element) at ./shifts.go:11:13
./shifts.go:11:41:   flow: {heap} = {storage for ... argument}:
./shifts.go:11:41:     from ... argument (spill) at ./shifts.go:11:13
./shifts.go:11:41:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:11:13
./shifts.go:11:34: y >> 64 escapes to heap:
./shifts.go:11:34:   flow: {storage for ... argument} = &{storage for y >> 64}:
./shifts.go:11:34:     from y >> 64 (spill) at ./shifts.go:11:34
./shifts.go:11:34:     from ... argument (slice-literal-element) at ./shifts.go:11:13
./shifts.go:11:34:   flow: {heap} = {storage for ... argument}:
./shifts.go:11:34:     from ... argument (spill) at ./shifts.go:11:13
./shifts.go:11:34:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:11:13
./shifts.go:11:27: y >> 63 escapes to heap:
./shifts.go:11:27:   flow: {storage for ... argument} = &{storage for y >> 63}:
./shifts.go:11:27:     from y >> 63 (spill) at ./shifts.go:11:27
./shifts.go:11:27:     from ... argument (slice-literal-element) at ./shifts.go:11:13
./shifts.go:11:27:   flow: {heap} = {storage for ... argument}:
./shifts.go:11:27:     from ... argument (spill) at ./shifts.go:11:13
./shifts.go:11:27:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:11:13
./shifts.go:11:21: y >> 5 escapes to heap:
./shifts.go:11:21:   flow: {storage for ... argument} = &{storage for y >> 5}:
./shifts.go:11:21:     from y >> 5 (spill) at ./shifts.go:11:21
./shifts.go:11:21:     from ... argument (slice-literal-element) at ./shifts.go:11:13
./shifts.go:11:21:   flow: {heap} = {storage for ... argument}:
./shifts.go:11:21:     from ... argument (spill) at ./shifts.go:11:13
./shifts.go:11:21:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:11:13
./shifts.go:11:15: y >> 1 escapes to heap:
./shifts.go:11:15:   flow: {storage for ... argument} = &{storage for y >> 1}:
./shifts.go:11:15:     from y >> 1 (spill) at ./shifts.go:11:15
./shifts.go:11:15:     from ... argument (slice-literal-element) at ./shifts.go:11:13
./shifts.go:11:15:   flow: {heap} = {storage for ... argument}:
./shifts.go:11:15:     from ... argument (spill) at ./shifts.go:11:13
./shifts.go:11:15:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:11:13
./shifts.go:8:26: -x << i escapes to heap:
./shifts.go:8:26:   flow: {storage for ... argument} = &{storage for -x << i}:
./shifts.go:8:26:     from -x << i (spill) at ./shifts.go:8:26
./shifts.go:8:26:     from ... argument (slice-literal-element) at ./shifts.go:8:14
./shifts.go:8:26:   flow: {heap} = {storage for ... argument}:
./shifts.go:8:26:     from ... argument (spill) at ./shifts.go:8:14
./shifts.go:8:26:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:8:14
./shifts.go:8:19: x << i escapes to heap:
./shifts.go:8:19:   flow: {storage for ... argument} = &{storage for x << i}:
./shifts.go:8:19:     from x << i (spill) at ./shifts.go:8:19
./shifts.go:8:19:     from ... argument (slice-literal-element) at ./shifts.go:8:14
./shifts.go:8:19:   flow: {heap} = {storage for ... argument}:
./shifts.go:8:19:     from ... argument (spill) at ./shifts.go:8:14
./shifts.go:8:19:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:8:14
./shifts.go:8:14: i escapes to heap:
./shifts.go:8:14:   flow: {storage for ... argument} = &{storage for i}:
./shifts.go:8:14:     from i (spill) at ./shifts.go:8:14
./shifts.go:8:14:     from ... argument (slice-literal-element) at ./shifts.go:8:14
./shifts.go:8:14:   flow: {heap} = {storage for ... argument}:
./shifts.go:8:14:     from ... argument (spill) at ./shifts.go:8:14
./shifts.go:8:14:     from fmt.Println(... argument...) (call parameter) at ./shifts.go:8:14
./shifts.go:8:14: ... argument does not escape
./shifts.go:8:14: i escapes to heap
./shifts.go:8:19: x << i escapes to heap
./shifts.go:8:26: -x << i escapes to heap
./shifts.go:11:13: ... argument does not escape
./shifts.go:11:15: y >> 1 escapes to heap
./shifts.go:11:21: y >> 5 escapes to heap
./shifts.go:11:27: y >> 63 escapes to heap
./shifts.go:11:34: y >> 64 escapes to heap
./shifts.go:11:41: y >> 100 escapes to heap
./shifts.go:13:13: ... argument does not escape
./shifts.go:13:13: u escapes to heap
./shifts.go:13:18: u >> 63 escapes to heap
./shifts.go:13:25: u >> 64 escapes to heap
./shifts.go:13:32: u << 1 escapes to heap
./shifts.go:15:13: ... argument does not escape
./shifts.go:15:15: b << 1 escapes to heap
./shifts.go:15:21: b >> 1 escapes to heap
./shifts.go:15:27: b << 7 escapes to heap
./shifts.go:15:33: b << 8 escapes to heap
./shifts.go:17:13: ... argument does not escape
./shifts.go:17:15: c << 2 escapes to heap
./shifts.go:17:21: c >> 1 escapes to heap
./shifts.go:17:27: c >> 31 escapes to heap
./shifts.go:17:34: c >> 40 escapes to heap
./shifts.go:19:13: ... argument does not escape
./shifts.go:19:15: 1 << s escapes to heap
./shifts.go:19:24: 0xff >> s escapes to heap
./shifts.go:19:30: 7 & 3 escapes to heap
./shifts.go:19:35: 7 | 8 escapes to heap
./shifts.go:19:40: 7 ^ 2 escapes to heap
./shifts.go:19:45: 6 &^ 3 escapes to heap
./shifts.go:21:13: ... argument does not escape
./shifts.go:21:17: i8 >> 1 escapes to heap
./shifts.go:21:23: ^i8 escapes to heap
./shifts.go:21:28: ^b escapes to heap
