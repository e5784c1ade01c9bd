./nil_channels.go:15:12: c does not escape
./nil_channels.go:17:14: parameter b leaks to ~r0 with derefs=0:
./nil_channels.go:17:14:   flow: ~r0 = b:
./nil_channels.go:17:14:     from return b (return) at ./nil_channels.go:21:2
./nil_channels.go:17:11: parameter a leaks to ~r0 with derefs=0:
./nil_channels.go:17:11:   flow: ~r0 = a:
./nil_channels.go:17:11:     from return a (return) at ./nil_channels.go:19:3
./nil_channels.go:17:11: leaking param: a to result ~r0 level=0
./nil_channels.go:17:14: leaking param: b to result ~r0 level=0
./nil_channels.go:40:59: isNil(r) escapes to heap:
./nil_channels.go:40:59:   flow: {storage for ... argument} = &{storage for isNil(r)}:
./nil_channels.go:40:59:     from isNil(r) (spill) at ./nil_channels.go:40:59
./nil_channels.go:40:59:     from ... argument (slice-literal-element) at ./nil_channels.go:40:12
./nil_channels.go:40:59:   flow: {heap} = {storage for ... argument}:
./nil_channels.go:40:59:     from ... argument (spill) at ./nil_channels.go:40:12
./nil_channels.go:40:59:     from fmt.Printf("%T %T %v\n", ... argument...) (call parameter) at ./nil_channels.go:40:12
./nil_channels.go:38:26: x == any(c) escapes to heap:
./nil_channels.go:38:26:   flow: {storage for ... argument} = &{storage for x == any(c)}:
./nil_channels.go:38:26:     from x == any(c) (spill) at ./nil_channels.go:38:26
./nil_channels.go:38:26:     from ... argument (slice-literal-element) at ./nil_channels.go:38:13
./nil_channels.go:38:26:   flow: {heap} = {storage for ... argument}:
./nil_channels.go:38:26:     from ... argument (spill) at ./nil_channels.go:38:13
./nil_channels.go:38:26:     from fmt.Println(... argument...) (call parameter) at ./nil_channels.go:38:13
./nil_channels.go:38:16: s == nil escapes to heap:
./nil_channels.go:38:16:   flow: {storage for ... argument} = &{storage for s == nil}:
./nil_channels.go:38:16:     from s == nil (spill) at ./nil_channels.go:38:16
./nil_channels.go:38:16:     from ... argument (slice-literal-element) at ./nil_channels.go:38:13
./nil_channels.go:38:16:   flow: {heap} = {storage for ... argument}:
./nil_channels.go:38:16:     from ... argument (spill) at ./nil_channels.go:38:13
./nil_channels.go:38:16:     from fmt.Println(... argument...) (call parameter) at ./nil_channels.go:38:13
./nil_channels.go:36:13: ok2 escapes to heap:
./nil_channels.go:36:13:   flow: {storage for ... argument} = &{storage for ok2}:
./nil_channels.go:36:13:     from ok2 (spill) at ./nil_channels.go:36:13
./nil_channels.go:36:13:     from ... argument (slice-literal-element) at ./nil_channels.go:36:13
./nil_channels.go:36:13:   flow: {heap} = {storage for ... argument}:
./nil_channels.go:36:13:     from ... argument (spill) at ./nil_channels.go:36:13
./nil_channels.go:36:13:     from fmt.Println(... argument...) (call parameter) at ./nil_channels.go:36:13
./nil_channels.go:36:13: ok escapes to heap:
./nil_channels.go:36:13:   flow: {storage for ... argument} = &{storage for ok}:
./nil_channels.go:36:13:     from ok (spill) at ./nil_channels.go:36:13
./nil_channels.go:36:13:     from ... argument (slice-literal-element) at ./nil_channels.go:36:13
./nil_channels.go:36:13:   flow: {heap} = {storage for ... argument}:
./nil_channels.go:36:13:     from ... argument (spill) at ./nil_channels.go:36:13
./nil_channels.go:36:13:     from fmt.Println(... argument...) (call parameter) at ./nil_channels.go:36:13
./nil_channels.go:32:37: pick(c, nil, false) == nil escapes to heap:
./nil_channels.go:32:37:   flow: {storage for ... argument} = &{storage for pick(c, nil, false) == nil}:
./nil_channels.go:32:37:     from pick(c, nil, false) == nil (spill) at ./nil_channels.go:32:37
./nil_channels.go:32:37:     from ... argument (slice-literal-element) at ./nil_channels.go:32:13
./nil_channels.go:32:37:   flow: {heap} = {storage for ... argument}:
./nil_channels.go:32:37:     from ... argument (spill) at ./nil_channels.go:32:13
./nil_channels.go:32:37:     from fmt.Println(... argument...) (call parameter) at ./nil_channels.go:32:13
./nil_channels.go:30:12: ... argument does not escape
./nil_channels.go:31:12: ... argument does not escape
./nil_channels.go:32:13: ... argument does not escape
./nil_channels.go:32:37: pick(c, nil, false) == nil escapes to heap
./nil_channels.go:36:13: ... argument does not escape
./nil_channels.go:36:13: ok escapes to heap
./nil_channels.go:36:13: ok2 escapes to heap
./nil_channels.go:38:13: ... argument does not escape
./nil_channels.go:38:16: s == nil escapes to heap
./nil_channels.go:38:26: x == any(c) escapes to heap
./nil_channels.go:40:12: ... argument does not escape
./nil_channels.go:40:59: isNil(r) escapes to heap
