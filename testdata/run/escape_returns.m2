./escape_returns.go:11:6: a escapes to heap:
./escape_returns.go:11:6:   flow: ~r0 = &a:
./escape_returns.go:11:6:     from a[3] (fixed-array-index-of) at ./escape_returns.go:13:11
./escape_returns.go:11:6:     from &a[3] (address-of) at ./escape_returns.go:13:9
./escape_returns.go:11:6:     from return &a[3] (return) at ./escape_returns.go:13:2
./escape_returns.go:11:6: moved to heap: a
./escape_returns.go:17:2: t escapes to heap:
./escape_returns.go:17:2:   flow: ~r0 = &t:
./escape_returns.go:17:2:     from t.s (dot) at ./escape_returns.go:18:11
./escape_returns.go:17:2:     from &t.s (address-of) at ./escape_returns.go:18:9
./escape_returns.go:17:2:     from return &t.s (return) at ./escape_returns.go:18:2
./escape_returns.go:17:2: moved to heap: t
./escape_returns.go:22:6: a escapes to heap:
./escape_returns.go:22:6:   flow: ~r0 = &a:
./escape_returns.go:22:6:     from a (address-of) at ./escape_returns.go:26:9
./escape_returns.go:22:6:     from a[1:4] (slice) at ./escape_returns.go:26:10
./escape_returns.go:22:6:     from return a[1:4] (return) at ./escape_returns.go:26:2
./escape_returns.go:22:6: moved to heap: a
./escape_returns.go:30:2: v escapes to heap:
./escape_returns.go:30:2:   flow: {heap} = &v:
./escape_returns.go:30:2:     from &v (address-of) at ./escape_returns.go:31:7
./escape_returns.go:30:2:     from gp = &v (assign) at ./escape_returns.go:31:5
./escape_returns.go:30:2: moved to heap: v
./escape_returns.go:46:40: string(rune('a' + i)) escapes to heap:
./escape_returns.go:46:40:   flow: ~r0 = &{storage for string(rune('a' + i))}:
./escape_returns.go:46:40:     from string(rune('a' + i)) (spill) at ./escape_returns.go:46:40
./escape_returns.go:46:40:     from return string(rune('a' + i)) (return) at ./escape_returns.go:46:27
./escape_returns.go:46:40: string(rune('a' + i)) escapes to heap
./escape_returns.go:39:3: t escapes to heap:
./escape_returns.go:39:3:   flow: {heap} = &t:
./escape_returns.go:39:3:     from &t (address-of) at ./escape_returns.go:41:21
./escape_returns.go:39:3:     from append(out, &t) (call parameter) at ./escape_returns.go:41:15
./escape_returns.go:39:3: moved to heap: t
./escape_returns.go:50:2: p escapes to heap:
./escape_returns.go:50:2:   flow: ~r0 = &p:
./escape_returns.go:50:2:     from &p (address-of) at ./escape_returns.go:51:9
./escape_returns.go:50:2:     from return &p (return) at ./escape_returns.go:51:2
./escape_returns.go:49:2: x escapes to heap:
./escape_returns.go:49:2:   flow: p = &x:
./escape_returns.go:49:2:     from &x (address-of) at ./escape_returns.go:50:7
./escape_returns.go:49:2:     from p := &x (assign) at ./escape_returns.go:50:4
./escape_returns.go:49:2: moved to heap: x
./escape_returns.go:50:2: moved to heap: p
./escape_returns.go:73:26: t.s escapes to heap:
./escape_returns.go:73:26:   flow: {storage for ... argument} = &{storage for t.s}:
./escape_returns.go:73:26:     from t.s (spill) at ./escape_returns.go:73:26
./escape_returns.go:73:26:     from ... argument (slice-literal-element) at ./escape_returns.go:73:14
./escape_returns.go:73:26:   flow: {heap} = {storage for ... argument}:
./escape_returns.go:73:26:     from ... argument (spill) at ./escape_returns.go:73:14
./escape_returns.go:73:26:     from fmt.Println(... argument...) (call parameter) at ./escape_returns.go:73:14
./escape_returns.go:73:20: t.arr[0] escapes to heap:
./escape_returns.go:73:20:   flow: {storage for ... argument} = &{storage for t.arr[0]}:
./escape_returns.go:73:20:     from t.arr[0] (spill) at ./escape_returns.go:73:20
./escape_returns.go:73:20:     from ... argument (slice-literal-element) at ./escape_returns.go:73:14
./escape_returns.go:73:20:   flow: {heap} = {storage for ... argument}:
./escape_returns.go:73:20:     from ... argument (spill) at ./escape_returns.go:73:14
./escape_returns.go:73:20:     from fmt.Println(... argument...) (call parameter) at ./escape_returns.go:73:14
./escape_returns.go:69:40: *(*c) escapes to heap:
./escape_returns.go:69:40:   flow: {storage for ... argument} = &{storage for *(*c)}:
./escape_returns.go:69:40:     from *(*c) (spill) at ./escape_returns.go:69:40
./escape_returns.go:69:40:     from ... argument (slice-literal-element) at ./escape_returns.go:69:13
./escape_returns.go:69:40:   flow: {heap} = {storage for ... argument}:
./escape_returns.go:69:40:     from ... argument (spill) at ./escape_returns.go:69:13
./escape_returns.go:69:40:     from fmt.Println(... argument...) (call parameter) at ./escape_returns.go:69:13
./escape_returns.go:69:35: *gp escapes to heap:
./escape_returns.go:69:35:   flow: {storage for ... argument} = &{storage for *gp}:
./escape_returns.go:69:35:     from *gp (spill) at ./escape_returns.go:69:35
./escape_returns.go:69:35:     from ... argument (slice-literal-element) at ./escape_returns.go:69:13
./escape_returns.go:69:35:   flow: {heap} = {storage for ... argument}:
./escape_returns.go:69:35:     from ... argument (spill) at ./escape_returns.go:69:13
./escape_returns.go:69:35:     from fmt.Println(... argument...) (call parameter) at ./escape_returns.go:69:13
./escape_returns.go:69:29: cap(sl) escapes to heap:
./escape_returns.go:69:29:   flow: {storage for ... argument} = &{storage for cap(sl)}:
./escape_returns.go:69:29:     from cap(sl) (spill) at ./escape_returns.go:69:29
./escape_returns.go:69:29:     from ... argument (slice-literal-element) at ./escape_returns.go:69:13
./escape_returns.go:69:29:   flow: {heap} = {storage for ... argument}:
./escape_returns.go:69:29:     from ... argument (spill) at ./escape_returns.go:69:13
./escape_returns.go:69:29:     from fmt.Println(... argument...) (call parameter) at ./escape_returns.go:69:13
./escape_returns.go:69:18: sl escapes to heap:
./escape_returns.go:69:18:   flow: {storage for ... argument} = &{storage for sl}:
./escape_returns.go:69:18:     from sl (spill) at ./escape_returns.go:69:18
./escape_returns.go:69:18:     from ... argument (slice-literal-element) at ./escape_returns.go:69:13
./escape_returns.go:69:18:   flow: {heap} = {storage for ... argument}:
./escape_returns.go:69:18:     from ... argument (spill) at ./escape_returns.go:69:13
./escape_returns.go:69:18:     from fmt.Println(... argument...) (call parameter) at ./escape_returns.go:69:13
./escape_returns.go:69:18: *s escapes to heap:
./escape_returns.go:69:18:   flow: {storage for ... argument} = &{storage for *s}:
./escape_returns.go:69:18:     from *s (spill) at ./escape_returns.go:69:18
./escape_returns.go:69:18:     from ... argument (slice-literal-element) at ./escape_returns.go:69:13
./escape_returns.go:69:18:   flow: {heap} = {storage for ... argument}:
./escape_returns.go:69:18:     from ... argument (spill) at ./escape_returns.go:69:13
./escape_returns.go:69:18:     from fmt.Println(... argument...) (call parameter) at ./escape_returns.go:69:13
./escape_returns.go:69:14: *p escapes to heap:
./escape_returns.go:69:14:   flow: {storage for ... argument} = &{storage for *p}:
./escape_returns.go:69:14:     from *p (spill) at ./escape_returns.go:69:14
./escape_returns.go:69:14:     from ... argument (slice-literal-element) at ./escape_returns.go:69:13
./escape_returns.go:69:14:   flow: {heap} = {storage for ... argument}:
./escape_returns.go:69:14:     from ... argument (spill) at ./escape_returns.go:69:13
./escape_returns.go:69:14:     from fmt.Println(... argument...) (call parameter) at ./escape_returns.go:69:13
./escape_returns.go:69:13: ... argument does not escape
./escape_returns.go:69:14: *p escapes to heap
./escape_returns.go:69:18: *s escapes to heap
./escape_returns.go:69:18: sl escapes to heap
./escape_returns.go:69:29: cap(sl) escapes to heap
./escape_returns.go:69:35: *gp escapes to heap
./escape_returns.go:69:40: *(*c) escapes to heap
./escape_returns.go:73:14: ... argument does not escape
./escape_returns.go:73:20: t.arr[0] escapes to heap
./escape_returns.go:73:26: t.s escapes to heap
