./large_stack.go:61:23: s[8191] escapes to heap:
./large_stack.go:61:23:   flow: {storage for ... argument} = &{storage for s[8191]}:
./large_stack.go:61:23:     from s[8191] (spill) at ./large_stack.go:61:23
./large_stack.go:61:23:     from ... argument (slice-literal-element) at ./large_stack.go:61:13
./large_stack.go:61:23:   flow: {heap} = {storage for ... argument}:
./large_stack.go:61:23:     from ... argument (spill) at ./large_stack.go:61:13
./large_stack.go:61:23:     from fmt.Println(... argument...) (call parameter) at ./large_stack.go:61:13
./large_stack.go:61:17: len(s) escapes to heap:
./large_stack.go:61:17:   flow: {storage for ... argument} = &{storage for len(s)}:
./large_stack.go:61:17:     from len(s) (spill) at ./large_stack.go:61:17
./large_stack.go:61:17:     from ... argument (slice-literal-element) at ./large_stack.go:61:13
./large_stack.go:61:17:   flow: {heap} = {storage for ... argument}:
./large_stack.go:61:17:     from ... argument (spill) at ./large_stack.go:61:13
./large_stack.go:61:17:     from fmt.Println(... argument...) (call parameter) at ./large_stack.go:61:13
./large_stack.go:58:20: len(big) escapes to heap:
./large_stack.go:58:20:   flow: {storage for ... argument} = &{storage for len(big)}:
./large_stack.go:58:20:     from len(big) (spill) at ./large_stack.go:58:20
./large_stack.go:58:20:     from ... argument (slice-literal-element) at ./large_stack.go:58:13
./large_stack.go:58:20:   flow: {heap} = {storage for ... argument}:
./large_stack.go:58:20:     from ... argument (spill) at ./large_stack.go:58:13
./large_stack.go:58:20:     from fmt.Println(... argument...) (call parameter) at ./large_stack.go:58:13
./large_stack.go:58:13: c escapes to heap:
./large_stack.go:58:13:   flow: {storage for ... argument} = &{storage for c}:
./large_stack.go:58:13:     from c (spill) at ./large_stack.go:58:13
./large_stack.go:58:13:     from ... argument (slice-literal-element) at ./large_stack.go:58:13
./large_stack.go:58:13:   flow: {heap} = {storage for ... argument}:
./large_stack.go:58:13:     from ... argument (spill) at ./large_stack.go:58:13
./large_stack.go:58:13:     from fmt.Println(... argument...) (call parameter) at ./large_stack.go:58:13
./large_stack.go:50:29: trace(m2) escapes to heap:
./large_stack.go:50:29:   flow: {storage for ... argument} = &{storage for trace(m2)}:
./large_stack.go:50:29:     from trace(m2) (spill) at ./large_stack.go:50:29
./large_stack.go:50:29:     from ... argument (slice-literal-element) at ./large_stack.go:50:13
./large_stack.go:50:29:   flow: {heap} = {storage for ... argument}:
./large_stack.go:50:29:     from ... argument (spill) at ./large_stack.go:50:13
./large_stack.go:50:29:     from fmt.Println(... argument...) (call parameter) at ./large_stack.go:50:13
./large_stack.go:50:19: trace(m) escapes to heap:
./large_stack.go:50:19:   flow: {storage for ... argument} = &{storage for trace(m)}:
./large_stack.go:50:19:     from trace(m) (spill) at ./large_stack.go:50:19
./large_stack.go:50:19:     from ... argument (slice-literal-element) at ./large_stack.go:50:13
./large_stack.go:50:19:   flow: {heap} = {storage for ... argument}:
./large_stack.go:50:19:     from ... argument (spill) at ./large_stack.go:50:13
./large_stack.go:50:19:     from fmt.Println(... argument...) (call parameter) at ./large_stack.go:50:13
./large_stack.go:46:25: b[0] escapes to heap:
./large_stack.go:46:25:   flow: {storage for ... argument} = &{storage for b[0]}:
./large_stack.go:46:25:     from b[0] (spill) at ./large_stack.go:46:25
./large_stack.go:46:25:     from ... argument (slice-literal-element) at ./large_stack.go:46:13
./large_stack.go:46:25:   flow: {heap} = {storage for ... argument}:
./large_stack.go:46:25:     from ... argument (spill) at ./large_stack.go:46:13
./large_stack.go:46:25:     from fmt.Println(... argument...) (call parameter) at ./large_stack.go:46:13
./large_stack.go:46:19: byval(b) escapes to heap:
./large_stack.go:46:19:   flow: {storage for ... argument} = &{storage for byval(b)}:
./large_stack.go:46:19:     from byval(b) (spill) at ./large_stack.go:46:19
./large_stack.go:46:19:     from ... argument (slice-literal-element) at ./large_stack.go:46:13
./large_stack.go:46:19:   flow: {heap} = {storage for ... argument}:
./large_stack.go:46:19:     from ... argument (spill) at ./large_stack.go:46:13
./large_stack.go:46:19:     from fmt.Println(... argument...) (call parameter) at ./large_stack.go:46:13
./large_stack.go:43:18: fill() escapes to heap:
./large_stack.go:43:18:   flow: {storage for ... argument} = &{storage for fill()}:
./large_stack.go:43:18:     from fill() (spill) at ./large_stack.go:43:18
./large_stack.go:43:18:     from ... argument (slice-literal-element) at ./large_stack.go:43:13
./large_stack.go:43:18:   flow: {heap} = {storage for ... argument}:
./large_stack.go:43:18:     from ... argument (spill) at ./large_stack.go:43:13
./large_stack.go:43:18:     from fmt.Println(... argument...) (call parameter) at ./large_stack.go:43:13
./large_stack.go:43:13: ... argument does not escape
./large_stack.go:43:18: fill() escapes to heap
./large_stack.go:46:13: ... argument does not escape
./large_stack.go:46:19: byval(b) escapes to heap
./large_stack.go:46:25: b[0] escapes to heap
./large_stack.go:50:13: ... argument does not escape
./large_stack.go:50:19: trace(m) escapes to heap
./large_stack.go:50:29: trace(m2) escapes to heap
./large_stack.go:58:13: ... argument does not escape
./large_stack.go:58:13: c escapes to heap
./large_stack.go:58:20: len(big) escapes to heap
./large_stack.go:59:11: make([]int, 8192) does not escape
./large_stack.go:61:13: ... argument does not escape
./large_stack.go:61:17: len(s) escapes to heap
./large_stack.go:61:23: s[8191] escapes to heap
