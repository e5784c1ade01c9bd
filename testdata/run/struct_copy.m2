./struct_copy.go:17:13: parameter o leaks to ~r0 with derefs=0:
./struct_copy.go:17:13:   flow: ~r0 = o:
./struct_copy.go:17:13:     from return o (return) at ./struct_copy.go:22:2
./struct_copy.go:17:13: leaking param: o to result ~r0 level=0
./struct_copy.go:25:14: o does not escape
./struct_copy.go:72:63: a == b escapes to heap:
./struct_copy.go:72:63:   flow: {storage for ... argument} = &{storage for a == b}:
./struct_copy.go:72:63:     from a == b (spill) at ./struct_copy.go:72:63
./struct_copy.go:72:63:     from ... argument (slice-literal-element) at ./struct_copy.go:72:13
./struct_copy.go:72:63:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:72:63:     from ... argument (spill) at ./struct_copy.go:72:13
./struct_copy.go:72:63:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:72:13
./struct_copy.go:72:38: o.Ins[0] == Inner{...} escapes to heap:
./struct_copy.go:72:38:   flow: {storage for ... argument} = &{storage for o.Ins[0] == Inner{...}}:
./struct_copy.go:72:38:     from o.Ins[0] == Inner{...} (spill) at ./struct_copy.go:72:38
./struct_copy.go:72:38:     from ... argument (slice-literal-element) at ./struct_copy.go:72:13
./struct_copy.go:72:38:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:72:38:     from ... argument (spill) at ./struct_copy.go:72:13
./struct_copy.go:72:38:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:72:13
./struct_copy.go:72:19: o.In == o2.In escapes to heap:
./struct_copy.go:72:19:   flow: {storage for ... argument} = &{storage for o.In == o2.In}:
./struct_copy.go:72:19:     from o.In == o2.In (spill) at ./struct_copy.go:72:19
./struct_copy.go:72:19:     from ... argument (slice-literal-element) at ./struct_copy.go:72:13
./struct_copy.go:72:19:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:72:19:     from ... argument (spill) at ./struct_copy.go:72:13
./struct_copy.go:72:19:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:72:13
./struct_copy.go:71:13: s escapes to heap:
./struct_copy.go:71:13:   flow: {storage for ... argument} = &{storage for s}:
./struct_copy.go:71:13:     from s (spill) at ./struct_copy.go:71:13
./struct_copy.go:71:13:     from ... argument (slice-literal-element) at ./struct_copy.go:71:13
./struct_copy.go:71:13:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:71:13:     from ... argument (spill) at ./struct_copy.go:71:13
./struct_copy.go:71:13:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:71:13
./struct_copy.go:67:13: s escapes to heap:
./struct_copy.go:67:13:   flow: {storage for ... argument} = &{storage for s}:
./struct_copy.go:67:13:     from s (spill) at ./struct_copy.go:67:13
./struct_copy.go:67:13:     from ... argument (slice-literal-element) at ./struct_copy.go:67:13
./struct_copy.go:67:13:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:67:13:     from ... argument (spill) at ./struct_copy.go:67:13
./struct_copy.go:67:13:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:67:13
./struct_copy.go:63:27: el.Name escapes to heap:
./struct_copy.go:63:27:   flow: {storage for ... argument} = &{storage for el.Name}:
./struct_copy.go:63:27:     from el.Name (spill) at ./struct_copy.go:63:27
./struct_copy.go:63:27:     from ... argument (slice-literal-element) at ./struct_copy.go:63:13
./struct_copy.go:63:27:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:63:27:     from ... argument (spill) at ./struct_copy.go:63:13
./struct_copy.go:63:27:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:63:13
./struct_copy.go:63:18: s[0].Name escapes to heap:
./struct_copy.go:63:18:   flow: {storage for ... argument} = &{storage for s[0].Name}:
./struct_copy.go:63:18:     from s[0].Name (spill) at ./struct_copy.go:63:18
./struct_copy.go:63:18:     from ... argument (slice-literal-element) at ./struct_copy.go:63:13
./struct_copy.go:63:18:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:63:18:     from ... argument (spill) at ./struct_copy.go:63:13
./struct_copy.go:63:18:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:63:13
./struct_copy.go:59:19: o.Ins[1] escapes to heap:
./struct_copy.go:59:19:   flow: {storage for ... argument} = &{storage for o.Ins[1]}:
./struct_copy.go:59:19:     from o.Ins[1] (spill) at ./struct_copy.go:59:19
./struct_copy.go:59:19:     from ... argument (slice-literal-element) at ./struct_copy.go:59:13
./struct_copy.go:59:19:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:59:19:     from ... argument (spill) at ./struct_copy.go:59:13
./struct_copy.go:59:19:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:59:13
./struct_copy.go:54:33: x[0].Vals escapes to heap:
./struct_copy.go:54:33:   flow: {storage for ... argument} = &{storage for x[0].Vals}:
./struct_copy.go:54:33:     from x[0].Vals (spill) at ./struct_copy.go:54:33
./struct_copy.go:54:33:     from ... argument (slice-literal-element) at ./struct_copy.go:54:13
./struct_copy.go:54:33:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:54:33:     from ... argument (spill) at ./struct_copy.go:54:13
./struct_copy.go:54:33:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:54:13
./struct_copy.go:54:22: o.Ins[0].Vals escapes to heap:
./struct_copy.go:54:22:   flow: {storage for ... argument} = &{storage for o.Ins[0].Vals}:
./struct_copy.go:54:22:     from o.Ins[0].Vals (spill) at ./struct_copy.go:54:22
./struct_copy.go:54:22:     from ... argument (slice-literal-element) at ./struct_copy.go:54:13
./struct_copy.go:54:22:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:54:22:     from ... argument (spill) at ./struct_copy.go:54:13
./struct_copy.go:54:22:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:54:13
./struct_copy.go:51:40: arr2[0].In.Name escapes to heap:
./struct_copy.go:51:40:   flow: {storage for ... argument} = &{storage for arr2[0].In.Name}:
./struct_copy.go:51:40:     from arr2[0].In.Name (spill) at ./struct_copy.go:51:40
./struct_copy.go:51:40:     from ... argument (slice-literal-element) at ./struct_copy.go:51:13
./struct_copy.go:51:40:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:51:40:     from ... argument (spill) at ./struct_copy.go:51:13
./struct_copy.go:51:40:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:51:13
./struct_copy.go:51:23: arr[0].In.Name escapes to heap:
./struct_copy.go:51:23:   flow: {storage for ... argument} = &{storage for arr[0].In.Name}:
./struct_copy.go:51:23:     from arr[0].In.Name (spill) at ./struct_copy.go:51:23
./struct_copy.go:51:23:     from ... argument (slice-literal-element) at ./struct_copy.go:51:13
./struct_copy.go:51:23:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:51:23:     from ... argument (spill) at ./struct_copy.go:51:13
./struct_copy.go:51:23:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:51:13
./struct_copy.go:47:21: b[1] escapes to heap:
./struct_copy.go:47:21:   flow: {storage for ... argument} = &{storage for b[1]}:
./struct_copy.go:47:21:     from b[1] (spill) at ./struct_copy.go:47:21
./struct_copy.go:47:21:     from ... argument (slice-literal-element) at ./struct_copy.go:47:13
./struct_copy.go:47:21:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:47:21:     from ... argument (spill) at ./struct_copy.go:47:13
./struct_copy.go:47:21:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:47:13
./struct_copy.go:47:15: a[1] escapes to heap:
./struct_copy.go:47:15:   flow: {storage for ... argument} = &{storage for a[1]}:
./struct_copy.go:47:15:     from a[1] (spill) at ./struct_copy.go:47:15
./struct_copy.go:47:15:     from ... argument (slice-literal-element) at ./struct_copy.go:47:13
./struct_copy.go:47:15:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:47:15:     from ... argument (spill) at ./struct_copy.go:47:13
./struct_copy.go:47:15:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:47:13
./struct_copy.go:43:21: o.Ins escapes to heap:
./struct_copy.go:43:21:   flow: {storage for ... argument} = &{storage for o.Ins}:
./struct_copy.go:43:21:     from o.Ins (spill) at ./struct_copy.go:43:21
./struct_copy.go:43:21:     from ... argument (slice-literal-element) at ./struct_copy.go:43:13
./struct_copy.go:43:21:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:43:21:     from ... argument (spill) at ./struct_copy.go:43:13
./struct_copy.go:43:21:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:43:13
./struct_copy.go:43:15: o.In escapes to heap:
./struct_copy.go:43:15:   flow: {storage for ... argument} = &{storage for o.In}:
./struct_copy.go:43:15:     from o.In (spill) at ./struct_copy.go:43:15
./struct_copy.go:43:15:     from ... argument (slice-literal-element) at ./struct_copy.go:43:13
./struct_copy.go:43:15:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:43:15:     from ... argument (spill) at ./struct_copy.go:43:13
./struct_copy.go:43:15:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:43:13
./struct_copy.go:41:40: o2.Slice escapes to heap:
./struct_copy.go:41:40:   flow: {storage for ... argument} = &{storage for o2.Slice}:
./struct_copy.go:41:40:     from o2.Slice (spill) at ./struct_copy.go:41:40
./struct_copy.go:41:40:     from ... argument (slice-literal-element) at ./struct_copy.go:41:13
./struct_copy.go:41:40:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:41:40:     from ... argument (spill) at ./struct_copy.go:41:13
./struct_copy.go:41:40:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:41:13
./struct_copy.go:41:29: *o2.Ptr escapes to heap:
./struct_copy.go:41:29:   flow: {storage for ... argument} = &{storage for *o2.Ptr}:
./struct_copy.go:41:29:     from *o2.Ptr (spill) at ./struct_copy.go:41:29
./struct_copy.go:41:29:     from ... argument (slice-literal-element) at ./struct_copy.go:41:13
./struct_copy.go:41:29:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:41:29:     from ... argument (spill) at ./struct_copy.go:41:13
./struct_copy.go:41:29:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:41:13
./struct_copy.go:41:23: o2.Ins escapes to heap:
./struct_copy.go:41:23:   flow: {storage for ... argument} = &{storage for o2.Ins}:
./struct_copy.go:41:23:     from o2.Ins (spill) at ./struct_copy.go:41:23
./struct_copy.go:41:23:     from ... argument (slice-literal-element) at ./struct_copy.go:41:13
./struct_copy.go:41:23:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:41:23:     from ... argument (spill) at ./struct_copy.go:41:13
./struct_copy.go:41:23:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:41:13
./struct_copy.go:41:16: o2.In escapes to heap:
./struct_copy.go:41:16:   flow: {storage for ... argument} = &{storage for o2.In}:
./struct_copy.go:41:16:     from o2.In (spill) at ./struct_copy.go:41:16
./struct_copy.go:41:16:     from ... argument (slice-literal-element) at ./struct_copy.go:41:13
./struct_copy.go:41:16:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:41:16:     from ... argument (spill) at ./struct_copy.go:41:13
./struct_copy.go:41:16:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:41:13
./struct_copy.go:40:36: o.Slice escapes to heap:
./struct_copy.go:40:36:   flow: {storage for ... argument} = &{storage for o.Slice}:
./struct_copy.go:40:36:     from o.Slice (spill) at ./struct_copy.go:40:36
./struct_copy.go:40:36:     from ... argument (slice-literal-element) at ./struct_copy.go:40:13
./struct_copy.go:40:36:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:40:36:     from ... argument (spill) at ./struct_copy.go:40:13
./struct_copy.go:40:36:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:40:13
./struct_copy.go:40:27: *o.Ptr escapes to heap:
./struct_copy.go:40:27:   flow: {storage for ... argument} = &{storage for *o.Ptr}:
./struct_copy.go:40:27:     from *o.Ptr (spill) at ./struct_copy.go:40:27
./struct_copy.go:40:27:     from ... argument (slice-literal-element) at ./struct_copy.go:40:13
./struct_copy.go:40:27:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:40:27:     from ... argument (spill) at ./struct_copy.go:40:13
./struct_copy.go:40:27:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:40:13
./struct_copy.go:40:21: o.Ins escapes to heap:
./struct_copy.go:40:21:   flow: {storage for ... argument} = &{storage for o.Ins}:
./struct_copy.go:40:21:     from o.Ins (spill) at ./struct_copy.go:40:21
./struct_copy.go:40:21:     from ... argument (slice-literal-element) at ./struct_copy.go:40:13
./struct_copy.go:40:21:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:40:21:     from ... argument (spill) at ./struct_copy.go:40:13
./struct_copy.go:40:21:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:40:13
./struct_copy.go:40:15: o.In escapes to heap:
./struct_copy.go:40:15:   flow: {storage for ... argument} = &{storage for o.In}:
./struct_copy.go:40:15:     from o.In (spill) at ./struct_copy.go:40:15
./struct_copy.go:40:15:     from ... argument (slice-literal-element) at ./struct_copy.go:40:13
./struct_copy.go:40:15:   flow: {heap} = {storage for ... argument}:
./struct_copy.go:40:15:     from ... argument (spill) at ./struct_copy.go:40:13
./struct_copy.go:40:15:     from fmt.Println(... argument...) (call parameter) at ./struct_copy.go:40:13
./struct_copy.go:60:14: []Inner{...} escapes to heap:
./struct_copy.go:60:14:   flow: s = &{storage for []Inner{...}}:
./struct_copy.go:60:14:     from []Inner{...} (spill) at ./struct_copy.go:60:14
./struct_copy.go:60:14:     from s := []Inner{...} (assign) at ./struct_copy.go:60:4
./struct_copy.go:60:14:   flow: {storage for s} = s:
./struct_copy.go:60:14:     from s (interface-converted) at ./struct_copy.go:71:13
./struct_copy.go:38:87: []Inner{...} escapes to heap:
./struct_copy.go:38:87:   flow: o = &{storage for []Inner{...}}:
./struct_copy.go:38:87:     from []Inner{...} (spill) at ./struct_copy.go:38:87
./struct_copy.go:38:87:     from Outer{...} (struct literal element) at ./struct_copy.go:38:12
./struct_copy.go:38:87:     from o := Outer{...} (assign) at ./struct_copy.go:38:4
./struct_copy.go:38:87:   flow: {storage for o.Ins[1]} = o:
./struct_copy.go:38:87:     from o.Ins (dot) at ./struct_copy.go:59:15
./struct_copy.go:38:87:     from o.Ins[1] (fixed-array-index-of) at ./struct_copy.go:59:19
./struct_copy.go:38:87:     from o.Ins[1] (interface-converted) at ./struct_copy.go:59:19
./struct_copy.go:37:2: shared escapes to heap:
./struct_copy.go:37:2:   flow: o = &shared:
./struct_copy.go:37:2:     from &shared (address-of) at ./struct_copy.go:38:64
./struct_copy.go:37:2:     from Outer{...} (struct literal element) at ./struct_copy.go:38:12
./struct_copy.go:37:2:     from o := Outer{...} (assign) at ./struct_copy.go:38:4
./struct_copy.go:37:2:   flow: {storage for o.Ins[1]} = o:
./struct_copy.go:37:2:     from o.Ins (dot) at ./struct_copy.go:59:15
./struct_copy.go:37:2:     from o.Ins[1] (fixed-array-index-of) at ./struct_copy.go:59:19
./struct_copy.go:37:2:     from o.Ins[1] (interface-converted) at ./struct_copy.go:59:19
./struct_copy.go:37:2: moved to heap: shared
./struct_copy.go:38:87: []Inner{...} escapes to heap
./struct_copy.go:40:13: ... argument does not escape
./struct_copy.go:40:15: o.In escapes to heap
./struct_copy.go:40:21: o.Ins escapes to heap
./struct_copy.go:40:27: *o.Ptr escapes to heap
./struct_copy.go:40:36: o.Slice escapes to heap
./struct_copy.go:41:13: ... argument does not escape
./struct_copy.go:41:16: o2.In escapes to heap
./struct_copy.go:41:23: o2.Ins escapes to heap
./struct_copy.go:41:29: *o2.Ptr escapes to heap
./struct_copy.go:41:40: o2.Slice escapes to heap
./struct_copy.go:43:13: ... argument does not escape
./struct_copy.go:43:15: o.In escapes to heap
./struct_copy.go:43:21: o.Ins escapes to heap
./struct_copy.go:47:13: ... argument does not escape
./struct_copy.go:47:15: a[1] escapes to heap
./struct_copy.go:47:21: b[1] escapes to heap
./struct_copy.go:51:13: ... argument does not escape
./struct_copy.go:51:23: arr[0].In.Name escapes to heap
./struct_copy.go:51:40: arr2[0].In.Name escapes to heap
./struct_copy.go:54:13: ... argument does not escape
./struct_copy.go:54:22: o.Ins[0].Vals escapes to heap
./struct_copy.go:54:33: x[0].Vals escapes to heap
./struct_copy.go:59:13: ... argument does not escape
./struct_copy.go:59:19: o.Ins[1] escapes to heap
./struct_copy.go:60:14: []Inner{...} escapes to heap
./struct_copy.go:63:13: ... argument does not escape
./struct_copy.go:63:18: s[0].Name escapes to heap
./struct_copy.go:63:27: el.Name escapes to heap
./struct_copy.go:67:13: ... argument does not escape
./struct_copy.go:67:13: s escapes to heap
./struct_copy.go:71:13: ... argument does not escape
./struct_copy.go:71:13: s escapes to heap
./struct_copy.go:72:13: ... argument does not escape
./struct_copy.go:72:19: o.In == o2.In escapes to heap
./struct_copy.go:72:38: o.Ins[0] == Inner{...} escapes to heap
./struct_copy.go:72:63: a == b escapes to heap
