./combo_dispatch.go:12:10: func literal escapes to heap:
./combo_dispatch.go:12:10:   flow: {heap} = &{storage for func literal}:
./combo_dispatch.go:12:10:     from func literal (spill) at ./combo_dispatch.go:12:10
./combo_dispatch.go:12:10:     from map[string]op{...} (map literal value) at ./combo_dispatch.go:11:20
./combo_dispatch.go:13:10: func literal escapes to heap:
./combo_dispatch.go:13:10:   flow: {heap} = &{storage for func literal}:
./combo_dispatch.go:13:10:     from func literal (spill) at ./combo_dispatch.go:13:10
./combo_dispatch.go:13:10:     from map[string]op{...} (map literal value) at ./combo_dispatch.go:11:20
./combo_dispatch.go:15:13: func literal escapes to heap:
./combo_dispatch.go:15:13:   flow: {heap} = &{storage for func literal}:
./combo_dispatch.go:15:13:     from func literal (spill) at ./combo_dispatch.go:15:13
./combo_dispatch.go:15:13:     from t["mul"] = func literal (assign) at ./combo_dispatch.go:15:11
./combo_dispatch.go:16:15: func literal escapes to heap:
./combo_dispatch.go:16:15:   flow: {heap} = &{storage for func literal}:
./combo_dispatch.go:16:15:     from func literal (spill) at ./combo_dispatch.go:16:15
./combo_dispatch.go:16:15:     from t["calls"] = func literal (assign) at ./combo_dispatch.go:16:13
./combo_dispatch.go:10:2: table capturing by ref: calls (addr=false assign=true width=8)
./combo_dispatch.go:10:2: calls escapes to heap:
./combo_dispatch.go:10:2:   flow: {storage for func literal} = &calls:
./combo_dispatch.go:10:2:     from calls (captured by a closure) at ./combo_dispatch.go:12:31
./combo_dispatch.go:10:2:     from calls (reference) at ./combo_dispatch.go:12:31
./combo_dispatch.go:10:2: table capturing by ref: calls (addr=true assign=true width=8)
./combo_dispatch.go:10:2: calls escapes to heap:
./combo_dispatch.go:10:2:   flow: {storage for func literal} = &calls:
./combo_dispatch.go:10:2:     from calls (captured by a closure) at ./combo_dispatch.go:13:31
./combo_dispatch.go:10:2:     from calls (reference) at ./combo_dispatch.go:13:31
./combo_dispatch.go:10:2: table capturing by ref: calls (addr=true assign=true width=8)
./combo_dispatch.go:10:2: calls escapes to heap:
./combo_dispatch.go:10:2:   flow: {storage for func literal} = &calls:
./combo_dispatch.go:10:2:     from calls (captured by a closure) at ./combo_dispatch.go:15:34
./combo_dispatch.go:10:2:     from calls (reference) at ./combo_dispatch.go:15:34
./combo_dispatch.go:10:2: table capturing by ref: calls (addr=true assign=true width=8)
./combo_dispatch.go:10:2: calls escapes to heap:
./combo_dispatch.go:10:2:   flow: {storage for func literal} = &calls:
./combo_dispatch.go:10:2:     from calls (captured by a closure) at ./combo_dispatch.go:16:43
./combo_dispatch.go:10:2:     from calls (reference) at ./combo_dispatch.go:16:43
./combo_dispatch.go:11:20: map[string]op{...} escapes to heap:
./combo_dispatch.go:11:20:   flow: t = &{storage for map[string]op{...}}:
./combo_dispatch.go:11:20:     from map[string]op{...} (spill) at ./combo_dispatch.go:11:20
./combo_dispatch.go:11:20:     from t := map[string]op{...} (assign) at ./combo_dispatch.go:11:4
./combo_dispatch.go:11:20:   flow: ~r0 = t:
./combo_dispatch.go:11:20:     from return t (return) at ./combo_dispatch.go:17:2
./combo_dispatch.go:10:2: moved to heap: calls
./combo_dispatch.go:11:20: map[string]op{...} escapes to heap
./combo_dispatch.go:12:10: func literal escapes to heap
./combo_dispatch.go:13:10: func literal escapes to heap
./combo_dispatch.go:15:13: func literal escapes to heap
./combo_dispatch.go:16:15: func literal escapes to heap
./combo_dispatch.go:20:32: safeDiv capturing by ref: err (addr=false assign=true width=16)
./combo_dispatch.go:20:25: safeDiv capturing by ref: q (addr=false assign=true width=8)
./combo_dispatch.go:21:8: func literal does not escape
./combo_dispatch.go:23:20: ... argument does not escape
./combo_dispatch.go:32:2: counter capturing by ref: n (addr=false assign=true width=8)
./combo_dispatch.go:32:2: counter capturing by ref: n (addr=true assign=true width=8)
./combo_dispatch.go:33:39: func literal escapes to heap:
./combo_dispatch.go:33:39:   flow: ~r1 = &{storage for func literal}:
./combo_dispatch.go:33:39:     from func literal (spill) at ./combo_dispatch.go:33:39
./combo_dispatch.go:33:39:     from return func literal, func literal (return) at ./combo_dispatch.go:33:2
./combo_dispatch.go:32:2: n escapes to heap:
./combo_dispatch.go:32:2:   flow: {storage for func literal} = &n:
./combo_dispatch.go:32:2:     from n (captured by a closure) at ./combo_dispatch.go:33:48
./combo_dispatch.go:32:2:     from n (reference) at ./combo_dispatch.go:33:48
./combo_dispatch.go:33:9: func literal escapes to heap:
./combo_dispatch.go:33:9:   flow: ~r0 = &{storage for func literal}:
./combo_dispatch.go:33:9:     from func literal (spill) at ./combo_dispatch.go:33:9
./combo_dispatch.go:33:9:     from return func literal, func literal (return) at ./combo_dispatch.go:33:2
./combo_dispatch.go:32:2: moved to heap: n
./combo_dispatch.go:33:9: func literal escapes to heap
./combo_dispatch.go:33:39: func literal escapes to heap
./combo_dispatch.go:53:33: func literal escapes to heap:
./combo_dispatch.go:53:33:   flow: {heap} = &{storage for func literal}:
./combo_dispatch.go:53:33:     from func literal (spill) at ./combo_dispatch.go:53:33
./combo_dispatch.go:53:33:     from append(seen[i % 2], func literal) (call parameter) at ./combo_dispatch.go:53:21
./combo_dispatch.go:62:22: main ignoring self-assignment in keys[i], keys[j] = keys[j], keys[i]
./combo_dispatch.go:62:22: main ignoring self-assignment in keys[i], keys[j] = keys[j], keys[i]
./combo_dispatch.go:52:6: main capturing by ref: i (addr=false assign=true width=8)
./combo_dispatch.go:52:6: i escapes to heap:
./combo_dispatch.go:52:6:   flow: {storage for func literal} = &i:
./combo_dispatch.go:52:6:     from i (captured by a closure) at ./combo_dispatch.go:53:53
./combo_dispatch.go:52:6:     from i (reference) at ./combo_dispatch.go:53:53
./combo_dispatch.go:72:32: t["nope"] == nil escapes to heap:
./combo_dispatch.go:72:32:   flow: {storage for ... argument} = &{storage for t["nope"] == nil}:
./combo_dispatch.go:72:32:     from t["nope"] == nil (spill) at ./combo_dispatch.go:72:32
./combo_dispatch.go:72:32:     from ... argument (slice-literal-element) at ./combo_dispatch.go:72:13
./combo_dispatch.go:72:32:   flow: {heap} = {storage for ... argument}:
./combo_dispatch.go:72:32:     from ... argument (spill) at ./combo_dispatch.go:72:13
./combo_dispatch.go:72:32:     from fmt.Println(... argument...) (call parameter) at ./combo_dispatch.go:72:13
./combo_dispatch.go:72:17: len(t) escapes to heap:
./combo_dispatch.go:72:17:   flow: {storage for ... argument} = &{storage for len(t)}:
./combo_dispatch.go:72:17:     from len(t) (spill) at ./combo_dispatch.go:72:17
./combo_dispatch.go:72:17:     from ... argument (slice-literal-element) at ./combo_dispatch.go:72:13
./combo_dispatch.go:72:17:   flow: {heap} = {storage for ... argument}:
./combo_dispatch.go:72:17:     from ... argument (spill) at ./combo_dispatch.go:72:13
./combo_dispatch.go:72:17:     from fmt.Println(... argument...) (call parameter) at ./combo_dispatch.go:72:13
./combo_dispatch.go:68:19: " " escapes to heap:
./combo_dispatch.go:68:19:   flow: {storage for ... argument} = &{storage for " "}:
./combo_dispatch.go:68:19:     from " " (spill) at ./combo_dispatch.go:68:19
./combo_dispatch.go:68:19:     from ... argument (slice-literal-element) at ./combo_dispatch.go:68:13
./combo_dispatch.go:68:19:   flow: {heap} = {storage for ... argument}:
./combo_dispatch.go:68:19:     from ... argument (spill) at ./combo_dispatch.go:68:13
./combo_dispatch.go:68:19:     from fmt.Print(... argument...) (call parameter) at ./combo_dispatch.go:68:13
./combo_dispatch.go:68:15: f() escapes to heap:
./combo_dispatch.go:68:15:   flow: {storage for ... argument} = &{storage for f()}:
./combo_dispatch.go:68:15:     from f() (spill) at ./combo_dispatch.go:68:15
./combo_dispatch.go:68:15:     from ... argument (slice-literal-element) at ./combo_dispatch.go:68:13
./combo_dispatch.go:68:15:   flow: {heap} = {storage for ... argument}:
./combo_dispatch.go:68:15:     from ... argument (spill) at ./combo_dispatch.go:68:13
./combo_dispatch.go:68:15:     from fmt.Print(... argument...) (call parameter) at ./combo_dispatch.go:68:13
./combo_dispatch.go:49:18: next() escapes to heap:
./combo_dispatch.go:49:18:   flow: {storage for ... argument} = &{storage for next()}:
./combo_dispatch.go:49:18:     from next() (spill) at ./combo_dispatch.go:49:18
./combo_dispatch.go:49:18:     from ... argument (slice-literal-element) at ./combo_dispatch.go:49:13
./combo_dispatch.go:49:18:   flow: {heap} = {storage for ... argument}:
./combo_dispatch.go:49:18:     from ... argument (spill) at ./combo_dispatch.go:49:13
./combo_dispatch.go:49:18:     from fmt.Println(... argument...) (call parameter) at ./combo_dispatch.go:49:13
./combo_dispatch.go:47:26: next() escapes to heap:
./combo_dispatch.go:47:26:   flow: {storage for ... argument} = &{storage for next()}:
./combo_dispatch.go:47:26:     from next() (spill) at ./combo_dispatch.go:47:26
./combo_dispatch.go:47:26:     from ... argument (slice-literal-element) at ./combo_dispatch.go:47:13
./combo_dispatch.go:47:26:   flow: {heap} = {storage for ... argument}:
./combo_dispatch.go:47:26:     from ... argument (spill) at ./combo_dispatch.go:47:13
./combo_dispatch.go:47:26:     from fmt.Println(... argument...) (call parameter) at ./combo_dispatch.go:47:13
./combo_dispatch.go:47:18: next() escapes to heap:
./combo_dispatch.go:47:18:   flow: {storage for ... argument} = &{storage for next()}:
./combo_dispatch.go:47:18:     from next() (spill) at ./combo_dispatch.go:47:18
./combo_dispatch.go:47:18:     from ... argument (slice-literal-element) at ./combo_dispatch.go:47:13
./combo_dispatch.go:47:18:   flow: {heap} = {storage for ... argument}:
./combo_dispatch.go:47:18:     from ... argument (spill) at ./combo_dispatch.go:47:13
./combo_dispatch.go:47:18:     from fmt.Println(... argument...) (call parameter) at ./combo_dispatch.go:47:13
./combo_dispatch.go:45:13: q escapes to heap:
./combo_dispatch.go:45:13:   flow: {storage for ... argument} = &{storage for q}:
./combo_dispatch.go:45:13:     from q (spill) at ./combo_dispatch.go:45:13
./combo_dispatch.go:45:13:     from ... argument (slice-literal-element) at ./combo_dispatch.go:45:13
./combo_dispatch.go:45:13:   flow: {heap} = {storage for ... argument}:
./combo_dispatch.go:45:13:     from ... argument (spill) at ./combo_dispatch.go:45:13
./combo_dispatch.go:45:13:     from fmt.Println(... argument...) (call parameter) at ./combo_dispatch.go:45:13
./combo_dispatch.go:43:13: q escapes to heap:
./combo_dispatch.go:43:13:   flow: {storage for ... argument} = &{storage for q}:
./combo_dispatch.go:43:13:     from q (spill) at ./combo_dispatch.go:43:13
./combo_dispatch.go:43:13:     from ... argument (slice-literal-element) at ./combo_dispatch.go:43:13
./combo_dispatch.go:43:13:   flow: {heap} = {storage for ... argument}:
./combo_dispatch.go:43:13:     from ... argument (spill) at ./combo_dispatch.go:43:13
./combo_dispatch.go:43:13:     from fmt.Println(... argument...) (call parameter) at ./combo_dispatch.go:43:13
./combo_dispatch.go:40:15: "no div" escapes to heap:
./combo_dispatch.go:40:15:   flow: {storage for ... argument} = &{storage for "no div"}:
./combo_dispatch.go:40:15:     from "no div" (spill) at ./combo_dispatch.go:40:15
./combo_dispatch.go:40:15:     from ... argument (slice-literal-element) at ./combo_dispatch.go:40:14
./combo_dispatch.go:40:15:   flow: {heap} = {storage for ... argument}:
./combo_dispatch.go:40:15:     from ... argument (spill) at ./combo_dispatch.go:40:14
./combo_dispatch.go:40:15:     from fmt.Println(... argument...) (call parameter) at ./combo_dispatch.go:40:14
./combo_dispatch.go:38:72: t["calls"](0, 0) escapes to heap:
./combo_dispatch.go:38:72:   flow: {storage for ... argument} = &{storage for t["calls"](0, 0)}:
./combo_dispatch.go:38:72:     from t["calls"](0, 0) (spill) at ./combo_dispatch.go:38:72
./combo_dispatch.go:38:72:     from ... argument (slice-literal-element) at ./combo_dispatch.go:38:13
./combo_dispatch.go:38:72:   flow: {heap} = {storage for ... argument}:
./combo_dispatch.go:38:72:     from ... argument (spill) at ./combo_dispatch.go:38:13
./combo_dispatch.go:38:72:     from fmt.Println(... argument...) (call parameter) at ./combo_dispatch.go:38:13
./combo_dispatch.go:38:54: t["mul"](3, 4) escapes to heap:
./combo_dispatch.go:38:54:   flow: {storage for ... argument} = &{storage for t["mul"](3, 4)}:
./combo_dispatch.go:38:54:     from t["mul"](3, 4) (spill) at ./combo_dispatch.go:38:54
./combo_dispatch.go:38:54:     from ... argument (slice-literal-element) at ./combo_dispatch.go:38:13
./combo_dispatch.go:38:54:   flow: {heap} = {storage for ... argument}:
./combo_dispatch.go:38:54:     from ... argument (spill) at ./combo_dispatch.go:38:13
./combo_dispatch.go:38:54:     from fmt.Println(... argument...) (call parameter) at ./combo_dispatch.go:38:13
./combo_dispatch.go:38:38: t["sub"](3, 4) escapes to heap:
./combo_dispatch.go:38:38:   flow: {storage for ... argument} = &{storage for t["sub"](3, 4)}:
./combo_dispatch.go:38:38:     from t["sub"](3, 4) (spill) at ./combo_dispatch.go:38:38
./combo_dispatch.go:38:38:     from ... argument (slice-literal-element) at ./combo_dispatch.go:38:13
./combo_dispatch.go:38:38:   flow: {heap} = {storage for ... argument}:
./combo_dispatch.go:38:38:     from ... argument (spill) at ./combo_dispatch.go:38:13
./combo_dispatch.go:38:38:     from fmt.Println(... argument...) (call parameter) at ./combo_dispatch.go:38:13
./combo_dispatch.go:38:22: t["add"](3, 4) escapes to heap:
./combo_dispatch.go:38:22:   flow: {storage for ... argument} = &{storage for t["add"](3, 4)}:
./combo_dispatch.go:38:22:     from t["add"](3, 4) (spill) at ./combo_dispatch.go:38:22
./combo_dispatch.go:38:22:     from ... argument (slice-literal-element) at ./combo_dispatch.go:38:13
./combo_dispatch.go:38:22:   flow: {heap} = {storage for ... argument}:
./combo_dispatch.go:38:22:     from ... argument (spill) at ./combo_dispatch.go:38:13
./combo_dispatch.go:38:22:     from fmt.Println(... argument...) (call parameter) at ./combo_dispatch.go:38:13
./combo_dispatch.go:52:6: moved to heap: i
./combo_dispatch.go:38:13: ... argument does not escape
./combo_dispatch.go:38:22: t["add"](3, 4) escapes to heap
./combo_dispatch.go:38:38: t["sub"](3, 4) escapes to heap
./combo_dispatch.go:38:54: t["mul"](3, 4) escapes to heap
./combo_dispatch.go:38:72: t["calls"](0, 0) escapes to heap
./combo_dispatch.go:40:14: ... argument does not escape
./combo_dispatch.go:40:15: "no div" escapes to heap
./combo_dispatch.go:43:13: ... argument does not escape
./combo_dispatch.go:43:13: q escapes to heap
./combo_dispatch.go:45:13: ... argument does not escape
./combo_dispatch.go:45:13: q escapes to heap
./combo_dispatch.go:47:13: ... argument does not escape
./combo_dispatch.go:47:18: next() escapes to heap
./combo_dispatch.go:47:26: next() escapes to heap
./combo_dispatch.go:49:13: ... argument does not escape
./combo_dispatch.go:49:18: next() escapes to heap
./combo_dispatch.go:51:30: map[int][]func() int{} does not escape
./combo_dispatch.go:53:33: func literal escapes to heap
./combo_dispatch.go:55:15: []int{} does not escape
./combo_dispatch.go:68:13: ... argument does not escape
./combo_dispatch.go:68:15: f() escapes to heap
./combo_dispatch.go:68:19: " " escapes to heap
./combo_dispatch.go:72:13: ... argument does not escape
./combo_dispatch.go:72:17: len(t) escapes to heap
./combo_dispatch.go:72:32: t["nope"] == nil escapes to heap
