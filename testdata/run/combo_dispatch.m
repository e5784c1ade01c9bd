./combo_dispatch.go:10:2: moved to heap: calls
./combo_dispatch.go:11:20: map[string]op{...} escapes to heap
./combo_dispatch.go:12:10: func literal escapes to heap
./combo_dispatch.go:13:10: func literal escapes to heap
./combo_dispatch.go:15:13: func literal escapes to heap
./combo_dispatch.go:16:15: func literal escapes to heap
./combo_dispatch.go:21:8: func literal does not escape
./combo_dispatch.go:23:20: ... argument does not escape
./combo_dispatch.go:32:2: moved to heap: n
./combo_dispatch.go:33:9: func literal escapes to heap
./combo_dispatch.go:33:39: func literal escapes to heap
./combo_dispatch.go:62:22: main ignoring self-assignment in keys[i], keys[j] = keys[j], keys[i]
./combo_dispatch.go:62:22: main ignoring self-assignment in keys[i], keys[j] = keys[j], keys[i]
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
