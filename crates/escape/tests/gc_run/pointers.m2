./pointers.go:5:11: a does not escape
./pointers.go:5:14: b does not escape
./pointers.go:9:10: p does not escape
./pointers.go:14:2: n escapes to heap:
./pointers.go:14:2:   flow: ~r0 = &n:
./pointers.go:14:2:     from &n (address-of) at ./pointers.go:15:9
./pointers.go:14:2:     from return &n (return) at ./pointers.go:15:2
./pointers.go:14:2: moved to heap: n
./pointers.go:42:18: *s escapes to heap:
./pointers.go:42:18:   flow: {storage for ... argument} = &{storage for *s}:
./pointers.go:42:18:     from *s (spill) at ./pointers.go:42:18
./pointers.go:42:18:     from ... argument (slice-literal-element) at ./pointers.go:42:13
./pointers.go:42:18:   flow: {heap} = {storage for ... argument}:
./pointers.go:42:18:     from ... argument (spill) at ./pointers.go:42:13
./pointers.go:42:18:     from fmt.Println(... argument...) (call parameter) at ./pointers.go:42:13
./pointers.go:42:14: *b escapes to heap:
./pointers.go:42:14:   flow: {storage for ... argument} = &{storage for *b}:
./pointers.go:42:14:     from *b (spill) at ./pointers.go:42:14
./pointers.go:42:14:     from ... argument (slice-literal-element) at ./pointers.go:42:13
./pointers.go:42:14:   flow: {heap} = {storage for ... argument}:
./pointers.go:42:14:     from ... argument (spill) at ./pointers.go:42:13
./pointers.go:42:14:     from fmt.Println(... argument...) (call parameter) at ./pointers.go:42:13
./pointers.go:38:27: p != nil escapes to heap:
./pointers.go:38:27:   flow: {storage for ... argument} = &{storage for p != nil}:
./pointers.go:38:27:     from p != nil (spill) at ./pointers.go:38:27
./pointers.go:38:27:     from ... argument (slice-literal-element) at ./pointers.go:38:13
./pointers.go:38:27:   flow: {heap} = {storage for ... argument}:
./pointers.go:38:27:     from ... argument (spill) at ./pointers.go:38:13
./pointers.go:38:27:     from fmt.Println(... argument...) (call parameter) at ./pointers.go:38:13
./pointers.go:38:17: np == nil escapes to heap:
./pointers.go:38:17:   flow: {storage for ... argument} = &{storage for np == nil}:
./pointers.go:38:17:     from np == nil (spill) at ./pointers.go:38:17
./pointers.go:38:17:     from ... argument (slice-literal-element) at ./pointers.go:38:13
./pointers.go:38:17:   flow: {heap} = {storage for ... argument}:
./pointers.go:38:17:     from ... argument (spill) at ./pointers.go:38:13
./pointers.go:38:17:     from fmt.Println(... argument...) (call parameter) at ./pointers.go:38:13
./pointers.go:36:14: *c escapes to heap:
./pointers.go:36:14:   flow: {storage for ... argument} = &{storage for *c}:
./pointers.go:36:14:     from *c (spill) at ./pointers.go:36:14
./pointers.go:36:14:     from ... argument (slice-literal-element) at ./pointers.go:36:13
./pointers.go:36:14:   flow: {heap} = {storage for ... argument}:
./pointers.go:36:14:     from ... argument (spill) at ./pointers.go:36:13
./pointers.go:36:14:     from fmt.Println(... argument...) (call parameter) at ./pointers.go:36:13
./pointers.go:32:14: *q escapes to heap:
./pointers.go:32:14:   flow: {storage for ... argument} = &{storage for *q}:
./pointers.go:32:14:     from *q (spill) at ./pointers.go:32:14
./pointers.go:32:14:     from ... argument (slice-literal-element) at ./pointers.go:32:13
./pointers.go:32:14:   flow: {heap} = {storage for ... argument}:
./pointers.go:32:14:     from ... argument (spill) at ./pointers.go:32:13
./pointers.go:32:14:     from fmt.Println(... argument...) (call parameter) at ./pointers.go:32:13
./pointers.go:28:14: *q escapes to heap:
./pointers.go:28:14:   flow: {storage for ... argument} = &{storage for *q}:
./pointers.go:28:14:     from *q (spill) at ./pointers.go:28:14
./pointers.go:28:14:     from ... argument (slice-literal-element) at ./pointers.go:28:13
./pointers.go:28:14:   flow: {heap} = {storage for ... argument}:
./pointers.go:28:14:     from ... argument (spill) at ./pointers.go:28:13
./pointers.go:28:14:     from fmt.Println(... argument...) (call parameter) at ./pointers.go:28:13
./pointers.go:26:20: *p escapes to heap:
./pointers.go:26:20:   flow: {storage for ... argument} = &{storage for *p}:
./pointers.go:26:20:     from *p (spill) at ./pointers.go:26:20
./pointers.go:26:20:     from ... argument (slice-literal-element) at ./pointers.go:26:13
./pointers.go:26:20:   flow: {heap} = {storage for ... argument}:
./pointers.go:26:20:     from ... argument (spill) at ./pointers.go:26:13
./pointers.go:26:20:     from fmt.Println(... argument...) (call parameter) at ./pointers.go:26:13
./pointers.go:26:13: y escapes to heap:
./pointers.go:26:13:   flow: {storage for ... argument} = &{storage for y}:
./pointers.go:26:13:     from y (spill) at ./pointers.go:26:13
./pointers.go:26:13:     from ... argument (slice-literal-element) at ./pointers.go:26:13
./pointers.go:26:13:   flow: {heap} = {storage for ... argument}:
./pointers.go:26:13:     from ... argument (spill) at ./pointers.go:26:13
./pointers.go:26:13:     from fmt.Println(... argument...) (call parameter) at ./pointers.go:26:13
./pointers.go:26:13: x escapes to heap:
./pointers.go:26:13:   flow: {storage for ... argument} = &{storage for x}:
./pointers.go:26:13:     from x (spill) at ./pointers.go:26:13
./pointers.go:26:13:     from ... argument (slice-literal-element) at ./pointers.go:26:13
./pointers.go:26:13:   flow: {heap} = {storage for ... argument}:
./pointers.go:26:13:     from ... argument (spill) at ./pointers.go:26:13
./pointers.go:26:13:     from fmt.Println(... argument...) (call parameter) at ./pointers.go:26:13
./pointers.go:21:13: y escapes to heap:
./pointers.go:21:13:   flow: {storage for ... argument} = &{storage for y}:
./pointers.go:21:13:     from y (spill) at ./pointers.go:21:13
./pointers.go:21:13:     from ... argument (slice-literal-element) at ./pointers.go:21:13
./pointers.go:21:13:   flow: {heap} = {storage for ... argument}:
./pointers.go:21:13:     from ... argument (spill) at ./pointers.go:21:13
./pointers.go:21:13:     from fmt.Println(... argument...) (call parameter) at ./pointers.go:21:13
./pointers.go:21:13: x escapes to heap:
./pointers.go:21:13:   flow: {storage for ... argument} = &{storage for x}:
./pointers.go:21:13:     from x (spill) at ./pointers.go:21:13
./pointers.go:21:13:     from ... argument (slice-literal-element) at ./pointers.go:21:13
./pointers.go:21:13:   flow: {heap} = {storage for ... argument}:
./pointers.go:21:13:     from ... argument (spill) at ./pointers.go:21:13
./pointers.go:21:13:     from fmt.Println(... argument...) (call parameter) at ./pointers.go:21:13
./pointers.go:21:13: ... argument does not escape
./pointers.go:21:13: x escapes to heap
./pointers.go:21:13: y escapes to heap
./pointers.go:26:13: ... argument does not escape
./pointers.go:26:13: x escapes to heap
./pointers.go:26:13: y escapes to heap
./pointers.go:26:20: *p escapes to heap
./pointers.go:27:10: new(int) does not escape
./pointers.go:28:13: ... argument does not escape
./pointers.go:28:14: *q escapes to heap
./pointers.go:32:13: ... argument does not escape
./pointers.go:32:14: *q escapes to heap
./pointers.go:36:13: ... argument does not escape
./pointers.go:36:14: *c escapes to heap
./pointers.go:38:13: ... argument does not escape
./pointers.go:38:17: np == nil escapes to heap
./pointers.go:38:27: p != nil escapes to heap
./pointers.go:39:10: new(bool) does not escape
./pointers.go:40:10: new(string) does not escape
./pointers.go:42:13: ... argument does not escape
./pointers.go:42:14: *b escapes to heap
./pointers.go:42:18: *s escapes to heap
