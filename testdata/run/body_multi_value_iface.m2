./body_multi_value_iface.go:13:18: []int{...} escapes to heap:
./body_multi_value_iface.go:13:18:   flow: ~r1 = &{storage for []int{...}}:
./body_multi_value_iface.go:13:18:     from []int{...} (spill) at ./body_multi_value_iface.go:13:18
./body_multi_value_iface.go:13:18:     from return &n, []int{...} (return) at ./body_multi_value_iface.go:13:2
./body_multi_value_iface.go:12:2: n escapes to heap:
./body_multi_value_iface.go:12:2:   flow: ~r0 = &n:
./body_multi_value_iface.go:12:2:     from &n (address-of) at ./body_multi_value_iface.go:13:9
./body_multi_value_iface.go:12:2:     from return &n, []int{...} (return) at ./body_multi_value_iface.go:13:2
./body_multi_value_iface.go:12:2: moved to heap: n
./body_multi_value_iface.go:13:18: []int{...} escapes to heap
./body_multi_value_iface.go:22:6: .autotmp_4 escapes to heap:
./body_multi_value_iface.go:22:6:   flow: {heap} = &{storage for .autotmp_4}:
./body_multi_value_iface.go:22:6:     from .autotmp_4 (spill) at ./body_multi_value_iface.go:22:6
./body_multi_value_iface.go:22:6:     from sa, sb = .autotmp_4, .autotmp_5 (assign-pair) at ./body_multi_value_iface.go:22:9
./body_multi_value_iface.go:22:6: .autotmp_5 escapes to heap:
./body_multi_value_iface.go:22:6:   flow: {heap} = &{storage for .autotmp_5}:
./body_multi_value_iface.go:22:6:     from .autotmp_5 (spill) at ./body_multi_value_iface.go:22:6
./body_multi_value_iface.go:22:6:     from sa, sb = .autotmp_4, .autotmp_5 (assign-pair) at ./body_multi_value_iface.go:22:9
./body_multi_value_iface.go:29:26: .autotmp_16 escapes to heap:
./body_multi_value_iface.go:29:26:   flow: q = &{storage for .autotmp_16}:
./body_multi_value_iface.go:29:26:     from .autotmp_16 (spill) at ./body_multi_value_iface.go:29:26
./body_multi_value_iface.go:29:26:     from p, q = .autotmp_15, .autotmp_16 (assign-pair) at ./body_multi_value_iface.go:29:6
./body_multi_value_iface.go:29:26:   flow: {storage for ... argument} = q:
./body_multi_value_iface.go:29:26:     from ... argument (slice-literal-element) at ./body_multi_value_iface.go:30:13
./body_multi_value_iface.go:29:26:   flow: {heap} = {storage for ... argument}:
./body_multi_value_iface.go:29:26:     from ... argument (spill) at ./body_multi_value_iface.go:30:13
./body_multi_value_iface.go:29:26:     from fmt.Println(... argument...) (call parameter) at ./body_multi_value_iface.go:30:13
./body_multi_value_iface.go:30:16: p != nil escapes to heap:
./body_multi_value_iface.go:30:16:   flow: {storage for ... argument} = &{storage for p != nil}:
./body_multi_value_iface.go:30:16:     from p != nil (spill) at ./body_multi_value_iface.go:30:16
./body_multi_value_iface.go:30:16:     from ... argument (slice-literal-element) at ./body_multi_value_iface.go:30:13
./body_multi_value_iface.go:30:16:   flow: {heap} = {storage for ... argument}:
./body_multi_value_iface.go:30:16:     from ... argument (spill) at ./body_multi_value_iface.go:30:13
./body_multi_value_iface.go:30:16:     from fmt.Println(... argument...) (call parameter) at ./body_multi_value_iface.go:30:13
./body_multi_value_iface.go:27:2: .autotmp_11 escapes to heap:
./body_multi_value_iface.go:27:2:   flow: e = &{storage for .autotmp_11}:
./body_multi_value_iface.go:27:2:     from .autotmp_11 (spill) at ./body_multi_value_iface.go:27:2
./body_multi_value_iface.go:27:2:     from e, _ = .autotmp_11, .autotmp_12 (assign-pair) at ./body_multi_value_iface.go:27:7
./body_multi_value_iface.go:27:2:   flow: {storage for ... argument} = e:
./body_multi_value_iface.go:27:2:     from ... argument (slice-literal-element) at ./body_multi_value_iface.go:28:13
./body_multi_value_iface.go:27:2:   flow: {heap} = {storage for ... argument}:
./body_multi_value_iface.go:27:2:     from ... argument (spill) at ./body_multi_value_iface.go:28:13
./body_multi_value_iface.go:27:2:     from fmt.Println(... argument...) (call parameter) at ./body_multi_value_iface.go:28:13
./body_multi_value_iface.go:24:26: .autotmp_9 escapes to heap:
./body_multi_value_iface.go:24:26:   flow: d = &{storage for .autotmp_9}:
./body_multi_value_iface.go:24:26:     from .autotmp_9 (spill) at ./body_multi_value_iface.go:24:26
./body_multi_value_iface.go:24:26:     from c, d = .autotmp_8, .autotmp_9 (assign-pair) at ./body_multi_value_iface.go:24:6
./body_multi_value_iface.go:24:26:   flow: {storage for ... argument} = d:
./body_multi_value_iface.go:24:26:     from ... argument (slice-literal-element) at ./body_multi_value_iface.go:25:13
./body_multi_value_iface.go:24:26:   flow: {heap} = {storage for ... argument}:
./body_multi_value_iface.go:24:26:     from ... argument (spill) at ./body_multi_value_iface.go:25:13
./body_multi_value_iface.go:24:26:     from fmt.Println(... argument...) (call parameter) at ./body_multi_value_iface.go:25:13
./body_multi_value_iface.go:24:26: .autotmp_8 escapes to heap:
./body_multi_value_iface.go:24:26:   flow: c = &{storage for .autotmp_8}:
./body_multi_value_iface.go:24:26:     from .autotmp_8 (spill) at ./body_multi_value_iface.go:24:26
./body_multi_value_iface.go:24:26:     from c, d = .autotmp_8, .autotmp_9 (assign-pair) at ./body_multi_value_iface.go:24:6
./body_multi_value_iface.go:24:26:   flow: {storage for ... argument} = c:
./body_multi_value_iface.go:24:26:     from ... argument (slice-literal-element) at ./body_multi_value_iface.go:25:13
./body_multi_value_iface.go:24:26:   flow: {heap} = {storage for ... argument}:
./body_multi_value_iface.go:24:26:     from ... argument (spill) at ./body_multi_value_iface.go:25:13
./body_multi_value_iface.go:24:26:     from fmt.Println(... argument...) (call parameter) at ./body_multi_value_iface.go:25:13
./body_multi_value_iface.go:20:5: .autotmp_3 escapes to heap:
./body_multi_value_iface.go:20:5:   flow: b = &{storage for .autotmp_3}:
./body_multi_value_iface.go:20:5:     from .autotmp_3 (spill) at ./body_multi_value_iface.go:20:5
./body_multi_value_iface.go:20:5:     from a, b = .autotmp_2, .autotmp_3 (assign-pair) at ./body_multi_value_iface.go:20:7
./body_multi_value_iface.go:20:5:   flow: {storage for ... argument} = b:
./body_multi_value_iface.go:20:5:     from ... argument (slice-literal-element) at ./body_multi_value_iface.go:21:13
./body_multi_value_iface.go:20:5:   flow: {heap} = {storage for ... argument}:
./body_multi_value_iface.go:20:5:     from ... argument (spill) at ./body_multi_value_iface.go:21:13
./body_multi_value_iface.go:20:5:     from fmt.Println(... argument...) (call parameter) at ./body_multi_value_iface.go:21:13
./body_multi_value_iface.go:20:5: .autotmp_2 escapes to heap:
./body_multi_value_iface.go:20:5:   flow: a = &{storage for .autotmp_2}:
./body_multi_value_iface.go:20:5:     from .autotmp_2 (spill) at ./body_multi_value_iface.go:20:5
./body_multi_value_iface.go:20:5:     from a, b = .autotmp_2, .autotmp_3 (assign-pair) at ./body_multi_value_iface.go:20:7
./body_multi_value_iface.go:20:5:   flow: {storage for ... argument} = a:
./body_multi_value_iface.go:20:5:     from ... argument (slice-literal-element) at ./body_multi_value_iface.go:21:13
./body_multi_value_iface.go:20:5:   flow: {heap} = {storage for ... argument}:
./body_multi_value_iface.go:20:5:     from ... argument (spill) at ./body_multi_value_iface.go:21:13
./body_multi_value_iface.go:20:5:     from fmt.Println(... argument...) (call parameter) at ./body_multi_value_iface.go:21:13
./body_multi_value_iface.go:20:5: .autotmp_2 escapes to heap
./body_multi_value_iface.go:20:5: .autotmp_3 escapes to heap
./body_multi_value_iface.go:21:13: ... argument does not escape
./body_multi_value_iface.go:22:6: .autotmp_4 escapes to heap
./body_multi_value_iface.go:22:6: .autotmp_5 escapes to heap
./body_multi_value_iface.go:23:13: ... argument does not escape
./body_multi_value_iface.go:24:26: .autotmp_8 escapes to heap
./body_multi_value_iface.go:24:26: .autotmp_9 escapes to heap
./body_multi_value_iface.go:25:13: ... argument does not escape
./body_multi_value_iface.go:27:2: .autotmp_11 escapes to heap
./body_multi_value_iface.go:28:13: ... argument does not escape
./body_multi_value_iface.go:29:26: .autotmp_16 escapes to heap
./body_multi_value_iface.go:30:13: ... argument does not escape
./body_multi_value_iface.go:30:16: p != nil escapes to heap
