./escape_combo.go:8:7: t does not escape
./escape_combo.go:13:2: captureMap capturing by value: m (addr=false assign=false width=8)
./escape_combo.go:14:14: parameter k leaks to {heap} with derefs=0:
./escape_combo.go:14:14:   flow: {heap} = k:
./escape_combo.go:14:14:     from m[k] (key of map put) at ./escape_combo.go:15:4
./escape_combo.go:14:9: func literal escapes to heap:
./escape_combo.go:14:9:   flow: ~r0 = &{storage for func literal}:
./escape_combo.go:14:9:     from func literal (spill) at ./escape_combo.go:14:9
./escape_combo.go:14:9:     from return func literal (return) at ./escape_combo.go:14:2
./escape_combo.go:13:11: make(map[string]int) escapes to heap:
./escape_combo.go:13:11:   flow: m = &{storage for make(map[string]int)}:
./escape_combo.go:13:11:     from make(map[string]int) (spill) at ./escape_combo.go:13:11
./escape_combo.go:13:11:     from m := make(map[string]int) (assign) at ./escape_combo.go:13:4
./escape_combo.go:13:11:   flow: {storage for func literal} = m:
./escape_combo.go:13:11:     from m (captured by a closure) at ./escape_combo.go:15:3
./escape_combo.go:14:14: leaking param: k
./escape_combo.go:13:11: make(map[string]int) escapes to heap
./escape_combo.go:14:9: func literal escapes to heap
./escape_combo.go:23:13: func literal escapes to heap:
./escape_combo.go:23:13:   flow: {heap} = &{storage for func literal}:
./escape_combo.go:23:13:     from func literal (spill) at ./escape_combo.go:23:13
./escape_combo.go:23:13:     from m["add"] = func literal (assign) at ./escape_combo.go:23:11
./escape_combo.go:22:2: localClosures capturing by value: x (addr=false assign=false width=8)
./escape_combo.go:21:31: map[string]func(int) int{} does not escape
./escape_combo.go:23:13: func literal escapes to heap
./escape_combo.go:30:9: func literal escapes to heap:
./escape_combo.go:30:9:   flow: {heap} = &{storage for func literal}:
./escape_combo.go:30:9:     from func literal (spill) at ./escape_combo.go:30:9
./escape_combo.go:29:3: deferLoop capturing by value: v (addr=false assign=false width=8)
./escape_combo.go:27:24: deferLoop capturing by ref: sum (addr=false assign=true width=8)
./escape_combo.go:27:24: sum escapes to heap:
./escape_combo.go:27:24:   flow: {storage for func literal} = &sum:
./escape_combo.go:27:24:     from sum (captured by a closure) at ./escape_combo.go:30:18
./escape_combo.go:27:24:     from sum (reference) at ./escape_combo.go:30:18
./escape_combo.go:27:24: moved to heap: sum
./escape_combo.go:30:9: func literal escapes to heap
./escape_combo.go:35:16: deferOnce capturing by value: p (addr=false assign=false width=8)
./escape_combo.go:35:25: deferOnce capturing by ref: r (addr=false assign=true width=8)
./escape_combo.go:35:16: p does not escape
./escape_combo.go:36:8: func literal does not escape
./escape_combo.go:43:10: &T{...} escapes to heap:
./escape_combo.go:43:10:   flow: {heap} = &{storage for &T{...}}:
./escape_combo.go:43:10:     from &T{...} (spill) at ./escape_combo.go:43:10
./escape_combo.go:43:10:     from m[i] = &T{...} (assign) at ./escape_combo.go:43:8
./escape_combo.go:41:17: map[int]*T{} escapes to heap:
./escape_combo.go:41:17:   flow: m = &{storage for map[int]*T{}}:
./escape_combo.go:41:17:     from map[int]*T{} (spill) at ./escape_combo.go:41:17
./escape_combo.go:41:17:     from m := map[int]*T{} (assign) at ./escape_combo.go:41:4
./escape_combo.go:41:17:   flow: ~r0 = m:
./escape_combo.go:41:17:     from return m (return) at ./escape_combo.go:45:2
./escape_combo.go:41:17: map[int]*T{} escapes to heap
./escape_combo.go:43:10: &T{...} escapes to heap
./escape_combo.go:51:13: (&T{}).Inc escapes to heap:
./escape_combo.go:51:13:   flow: g = &{storage for (&T{}).Inc}:
./escape_combo.go:51:13:     from (&T{}).Inc (spill) at ./escape_combo.go:51:13
./escape_combo.go:51:13:     from g := (&T{}).Inc (assign) at ./escape_combo.go:51:4
./escape_combo.go:51:13:   flow: {heap} = g:
./escape_combo.go:51:13:     from g (interface-converted) at ./escape_combo.go:52:2
./escape_combo.go:51:13:     from sink = g (assign) at ./escape_combo.go:52:7
./escape_combo.go:51:8: &T{} escapes to heap:
./escape_combo.go:51:8:   flow: {temp} = &{storage for &T{}}:
./escape_combo.go:51:8:     from &T{} (spill) at ./escape_combo.go:51:8
./escape_combo.go:51:8:   flow: {storage for (&T{}).Inc} = {temp}:
./escape_combo.go:48:18: t does not escape
./escape_combo.go:49:8: t.Inc does not escape
./escape_combo.go:51:13: (&T{}).Inc escapes to heap
./escape_combo.go:51:8: &T{} escapes to heap
./escape_combo.go:62:14: &T{} does not escape
