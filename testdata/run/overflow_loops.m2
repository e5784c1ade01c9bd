./overflow_loops.go:40:25: x * -1 escapes to heap:
./overflow_loops.go:40:25:   flow: {storage for ... argument} = &{storage for x * -1}:
./overflow_loops.go:40:25:     from x * -1 (spill) at ./overflow_loops.go:40:25
./overflow_loops.go:40:25:     from ... argument (slice-literal-element) at ./overflow_loops.go:40:13
./overflow_loops.go:40:25:   flow: {heap} = {storage for ... argument}:
./overflow_loops.go:40:25:     from ... argument (spill) at ./overflow_loops.go:40:13
./overflow_loops.go:40:25:     from fmt.Println(... argument...) (call parameter) at ./overflow_loops.go:40:13
./overflow_loops.go:40:20: -x escapes to heap:
./overflow_loops.go:40:20:   flow: {storage for ... argument} = &{storage for -x}:
./overflow_loops.go:40:20:     from -x (spill) at ./overflow_loops.go:40:20
./overflow_loops.go:40:20:     from ... argument (slice-literal-element) at ./overflow_loops.go:40:13
./overflow_loops.go:40:20:   flow: {heap} = {storage for ... argument}:
./overflow_loops.go:40:20:     from ... argument (spill) at ./overflow_loops.go:40:13
./overflow_loops.go:40:20:     from fmt.Println(... argument...) (call parameter) at ./overflow_loops.go:40:13
./overflow_loops.go:40:13: y escapes to heap:
./overflow_loops.go:40:13:   flow: {storage for ... argument} = &{storage for y}:
./overflow_loops.go:40:13:     from y (spill) at ./overflow_loops.go:40:13
./overflow_loops.go:40:13:     from ... argument (slice-literal-element) at ./overflow_loops.go:40:13
./overflow_loops.go:40:13:   flow: {heap} = {storage for ... argument}:
./overflow_loops.go:40:13:     from ... argument (spill) at ./overflow_loops.go:40:13
./overflow_loops.go:40:13:     from fmt.Println(... argument...) (call parameter) at ./overflow_loops.go:40:13
./overflow_loops.go:40:13: x escapes to heap:
./overflow_loops.go:40:13:   flow: {storage for ... argument} = &{storage for x}:
./overflow_loops.go:40:13:     from x (spill) at ./overflow_loops.go:40:13
./overflow_loops.go:40:13:     from ... argument (slice-literal-element) at ./overflow_loops.go:40:13
./overflow_loops.go:40:13:   flow: {heap} = {storage for ... argument}:
./overflow_loops.go:40:13:     from ... argument (spill) at ./overflow_loops.go:40:13
./overflow_loops.go:40:13:     from fmt.Println(... argument...) (call parameter) at ./overflow_loops.go:40:13
./overflow_loops.go:35:13: f escapes to heap:
./overflow_loops.go:35:13:   flow: {storage for ... argument} = &{storage for f}:
./overflow_loops.go:35:13:     from f (spill) at ./overflow_loops.go:35:13
./overflow_loops.go:35:13:     from ... argument (slice-literal-element) at ./overflow_loops.go:35:13
./overflow_loops.go:35:13:   flow: {heap} = {storage for ... argument}:
./overflow_loops.go:35:13:     from ... argument (spill) at ./overflow_loops.go:35:13
./overflow_loops.go:35:13:     from fmt.Println(... argument...) (call parameter) at ./overflow_loops.go:35:13
./overflow_loops.go:30:23: u % 1000 escapes to heap:
./overflow_loops.go:30:23:   flow: {storage for ... argument} = &{storage for u % 1000}:
./overflow_loops.go:30:23:     from u % 1000 (spill) at ./overflow_loops.go:30:23
./overflow_loops.go:30:23:     from ... argument (slice-literal-element) at ./overflow_loops.go:30:13
./overflow_loops.go:30:23:   flow: {heap} = {storage for ... argument}:
./overflow_loops.go:30:23:     from ... argument (spill) at ./overflow_loops.go:30:13
./overflow_loops.go:30:23:     from fmt.Println(... argument...) (call parameter) at ./overflow_loops.go:30:13
./overflow_loops.go:30:18: u / 3 escapes to heap:
./overflow_loops.go:30:18:   flow: {storage for ... argument} = &{storage for u / 3}:
./overflow_loops.go:30:18:     from u / 3 (spill) at ./overflow_loops.go:30:18
./overflow_loops.go:30:18:     from ... argument (slice-literal-element) at ./overflow_loops.go:30:13
./overflow_loops.go:30:18:   flow: {heap} = {storage for ... argument}:
./overflow_loops.go:30:18:     from ... argument (spill) at ./overflow_loops.go:30:13
./overflow_loops.go:30:18:     from fmt.Println(... argument...) (call parameter) at ./overflow_loops.go:30:13
./overflow_loops.go:30:13: u escapes to heap:
./overflow_loops.go:30:13:   flow: {storage for ... argument} = &{storage for u}:
./overflow_loops.go:30:13:     from u (spill) at ./overflow_loops.go:30:13
./overflow_loops.go:30:13:     from ... argument (slice-literal-element) at ./overflow_loops.go:30:13
./overflow_loops.go:30:13:   flow: {heap} = {storage for ... argument}:
./overflow_loops.go:30:13:     from ... argument (spill) at ./overflow_loops.go:30:13
./overflow_loops.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./overflow_loops.go:30:13
./overflow_loops.go:27:13: i32 escapes to heap:
./overflow_loops.go:27:13:   flow: {storage for ... argument} = &{storage for i32}:
./overflow_loops.go:27:13:     from i32 (spill) at ./overflow_loops.go:27:13
./overflow_loops.go:27:13:     from ... argument (slice-literal-element) at ./overflow_loops.go:27:13
./overflow_loops.go:27:13:   flow: {heap} = {storage for ... argument}:
./overflow_loops.go:27:13:     from ... argument (spill) at ./overflow_loops.go:27:13
./overflow_loops.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./overflow_loops.go:27:13
./overflow_loops.go:22:13: u16 escapes to heap:
./overflow_loops.go:22:13:   flow: {storage for ... argument} = &{storage for u16}:
./overflow_loops.go:22:13:     from u16 (spill) at ./overflow_loops.go:22:13
./overflow_loops.go:22:13:     from ... argument (slice-literal-element) at ./overflow_loops.go:22:13
./overflow_loops.go:22:13:   flow: {heap} = {storage for ... argument}:
./overflow_loops.go:22:13:     from ... argument (spill) at ./overflow_loops.go:22:13
./overflow_loops.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./overflow_loops.go:22:13
./overflow_loops.go:17:13: u8 escapes to heap:
./overflow_loops.go:17:13:   flow: {storage for ... argument} = &{storage for u8}:
./overflow_loops.go:17:13:     from u8 (spill) at ./overflow_loops.go:17:13
./overflow_loops.go:17:13:     from ... argument (slice-literal-element) at ./overflow_loops.go:17:13
./overflow_loops.go:17:13:   flow: {heap} = {storage for ... argument}:
./overflow_loops.go:17:13:     from ... argument (spill) at ./overflow_loops.go:17:13
./overflow_loops.go:17:13:     from fmt.Println(... argument...) (call parameter) at ./overflow_loops.go:17:13
./overflow_loops.go:17:13: n escapes to heap:
./overflow_loops.go:17:13:   flow: {storage for ... argument} = &{storage for n}:
./overflow_loops.go:17:13:     from n (spill) at ./overflow_loops.go:17:13
./overflow_loops.go:17:13:     from ... argument (slice-literal-element) at ./overflow_loops.go:17:13
./overflow_loops.go:17:13:   flow: {heap} = {storage for ... argument}:
./overflow_loops.go:17:13:     from ... argument (spill) at ./overflow_loops.go:17:13
./overflow_loops.go:17:13:     from fmt.Println(... argument...) (call parameter) at ./overflow_loops.go:17:13
./overflow_loops.go:11:13: i8 escapes to heap:
./overflow_loops.go:11:13:   flow: {storage for ... argument} = &{storage for i8}:
./overflow_loops.go:11:13:     from i8 (spill) at ./overflow_loops.go:11:13
./overflow_loops.go:11:13:     from ... argument (slice-literal-element) at ./overflow_loops.go:11:13
./overflow_loops.go:11:13:   flow: {heap} = {storage for ... argument}:
./overflow_loops.go:11:13:     from ... argument (spill) at ./overflow_loops.go:11:13
./overflow_loops.go:11:13:     from fmt.Println(... argument...) (call parameter) at ./overflow_loops.go:11:13
./overflow_loops.go:11:13: n escapes to heap:
./overflow_loops.go:11:13:   flow: {storage for ... argument} = &{storage for n}:
./overflow_loops.go:11:13:     from n (spill) at ./overflow_loops.go:11:13
./overflow_loops.go:11:13:     from ... argument (slice-literal-element) at ./overflow_loops.go:11:13
./overflow_loops.go:11:13:   flow: {heap} = {storage for ... argument}:
./overflow_loops.go:11:13:     from ... argument (spill) at ./overflow_loops.go:11:13
./overflow_loops.go:11:13:     from fmt.Println(... argument...) (call parameter) at ./overflow_loops.go:11:13
./overflow_loops.go:11:13: ... argument does not escape
./overflow_loops.go:11:13: n escapes to heap
./overflow_loops.go:11:13: i8 escapes to heap
./overflow_loops.go:17:13: ... argument does not escape
./overflow_loops.go:17:13: n escapes to heap
./overflow_loops.go:17:13: u8 escapes to heap
./overflow_loops.go:22:13: ... argument does not escape
./overflow_loops.go:22:13: u16 escapes to heap
./overflow_loops.go:27:13: ... argument does not escape
./overflow_loops.go:27:13: i32 escapes to heap
./overflow_loops.go:30:13: ... argument does not escape
./overflow_loops.go:30:13: u escapes to heap
./overflow_loops.go:30:18: u / 3 escapes to heap
./overflow_loops.go:30:23: u % 1000 escapes to heap
./overflow_loops.go:35:13: ... argument does not escape
./overflow_loops.go:35:13: f escapes to heap
./overflow_loops.go:40:13: ... argument does not escape
./overflow_loops.go:40:13: x escapes to heap
./overflow_loops.go:40:13: y escapes to heap
./overflow_loops.go:40:20: -x escapes to heap
./overflow_loops.go:40:25: x * -1 escapes to heap
