./map_basic.go:46:52: 1 escapes to heap:
./map_basic.go:46:52:   flow: {heap} = &{storage for 1}:
./map_basic.go:46:52:     from 1 (spill) at ./map_basic.go:46:52
./map_basic.go:46:52:     from map[interface {}]int{...} (map literal key) at ./map_basic.go:46:50
./map_basic.go:46:60: "a" escapes to heap:
./map_basic.go:46:60:   flow: {heap} = &{storage for "a"}:
./map_basic.go:46:60:     from "a" (spill) at ./map_basic.go:46:60
./map_basic.go:46:60:     from map[interface {}]int{...} (map literal key) at ./map_basic.go:46:50
./map_basic.go:46:68: 2.5 escapes to heap:
./map_basic.go:46:68:   flow: {heap} = &{storage for 2.5}:
./map_basic.go:46:68:     from 2.5 (spill) at ./map_basic.go:46:68
./map_basic.go:46:68:     from map[interface {}]int{...} (map literal key) at ./map_basic.go:46:50
./map_basic.go:47:41: ik[nil] escapes to heap:
./map_basic.go:47:41:   flow: {storage for ... argument} = &{storage for ik[nil]}:
./map_basic.go:47:41:     from ik[nil] (spill) at ./map_basic.go:47:41
./map_basic.go:47:41:     from ... argument (slice-literal-element) at ./map_basic.go:47:13
./map_basic.go:47:41:   flow: {heap} = {storage for ... argument}:
./map_basic.go:47:41:     from ... argument (spill) at ./map_basic.go:47:13
./map_basic.go:47:41:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:47:13
./map_basic.go:47:32: ik[2.5] escapes to heap:
./map_basic.go:47:32:   flow: {storage for ... argument} = &{storage for ik[2.5]}:
./map_basic.go:47:32:     from ik[2.5] (spill) at ./map_basic.go:47:32
./map_basic.go:47:32:     from ... argument (slice-literal-element) at ./map_basic.go:47:13
./map_basic.go:47:32:   flow: {heap} = {storage for ... argument}:
./map_basic.go:47:32:     from ... argument (spill) at ./map_basic.go:47:13
./map_basic.go:47:32:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:47:13
./map_basic.go:47:23: ik["a"] escapes to heap:
./map_basic.go:47:23:   flow: {storage for ... argument} = &{storage for ik["a"]}:
./map_basic.go:47:23:     from ik["a"] (spill) at ./map_basic.go:47:23
./map_basic.go:47:23:     from ... argument (slice-literal-element) at ./map_basic.go:47:13
./map_basic.go:47:23:   flow: {heap} = {storage for ... argument}:
./map_basic.go:47:23:     from ... argument (spill) at ./map_basic.go:47:13
./map_basic.go:47:23:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:47:13
./map_basic.go:47:16: ik[1] escapes to heap:
./map_basic.go:47:16:   flow: {storage for ... argument} = &{storage for ik[1]}:
./map_basic.go:47:16:     from ik[1] (spill) at ./map_basic.go:47:16
./map_basic.go:47:16:     from ... argument (slice-literal-element) at ./map_basic.go:47:13
./map_basic.go:47:16:   flow: {heap} = {storage for ... argument}:
./map_basic.go:47:16:     from ... argument (spill) at ./map_basic.go:47:13
./map_basic.go:47:16:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:47:13
./map_basic.go:45:20: len(big) escapes to heap:
./map_basic.go:45:20:   flow: {storage for ... argument} = &{storage for len(big)}:
./map_basic.go:45:20:     from len(big) (spill) at ./map_basic.go:45:20
./map_basic.go:45:20:     from ... argument (slice-literal-element) at ./map_basic.go:45:13
./map_basic.go:45:20:   flow: {heap} = {storage for ... argument}:
./map_basic.go:45:20:     from ... argument (spill) at ./map_basic.go:45:13
./map_basic.go:45:20:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:45:13
./map_basic.go:45:13: t escapes to heap:
./map_basic.go:45:13:   flow: {storage for ... argument} = &{storage for t}:
./map_basic.go:45:13:     from t (spill) at ./map_basic.go:45:13
./map_basic.go:45:13:     from ... argument (slice-literal-element) at ./map_basic.go:45:13
./map_basic.go:45:13:   flow: {heap} = {storage for ... argument}:
./map_basic.go:45:13:     from ... argument (spill) at ./map_basic.go:45:13
./map_basic.go:45:13:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:45:13
./map_basic.go:36:41: len(ms[2]) escapes to heap:
./map_basic.go:36:41:   flow: {storage for ... argument} = &{storage for len(ms[2])}:
./map_basic.go:36:41:     from len(ms[2]) (spill) at ./map_basic.go:36:41
./map_basic.go:36:41:     from ... argument (slice-literal-element) at ./map_basic.go:36:13
./map_basic.go:36:41:   flow: {heap} = {storage for ... argument}:
./map_basic.go:36:41:     from ... argument (spill) at ./map_basic.go:36:13
./map_basic.go:36:41:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:36:13
./map_basic.go:36:29: len(ms[1]) escapes to heap:
./map_basic.go:36:29:   flow: {storage for ... argument} = &{storage for len(ms[1])}:
./map_basic.go:36:29:     from len(ms[1]) (spill) at ./map_basic.go:36:29
./map_basic.go:36:29:     from ... argument (slice-literal-element) at ./map_basic.go:36:13
./map_basic.go:36:29:   flow: {heap} = {storage for ... argument}:
./map_basic.go:36:29:     from ... argument (spill) at ./map_basic.go:36:13
./map_basic.go:36:29:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:36:13
./map_basic.go:36:17: len(ms[0]) escapes to heap:
./map_basic.go:36:17:   flow: {storage for ... argument} = &{storage for len(ms[0])}:
./map_basic.go:36:17:     from len(ms[0]) (spill) at ./map_basic.go:36:17
./map_basic.go:36:17:     from ... argument (slice-literal-element) at ./map_basic.go:36:13
./map_basic.go:36:17:   flow: {heap} = {storage for ... argument}:
./map_basic.go:36:17:     from ... argument (spill) at ./map_basic.go:36:13
./map_basic.go:36:17:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:36:13
./map_basic.go:31:43: len(pm) escapes to heap:
./map_basic.go:31:43:   flow: {storage for ... argument} = &{storage for len(pm)}:
./map_basic.go:31:43:     from len(pm) (spill) at ./map_basic.go:31:43
./map_basic.go:31:43:     from ... argument (slice-literal-element) at ./map_basic.go:31:13
./map_basic.go:31:43:   flow: {heap} = {storage for ... argument}:
./map_basic.go:31:43:     from ... argument (spill) at ./map_basic.go:31:13
./map_basic.go:31:43:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:31:13
./map_basic.go:31:29: pm[P{...}] escapes to heap:
./map_basic.go:31:29:   flow: {storage for ... argument} = &{storage for pm[P{...}]}:
./map_basic.go:31:29:     from pm[P{...}] (spill) at ./map_basic.go:31:29
./map_basic.go:31:29:     from ... argument (slice-literal-element) at ./map_basic.go:31:13
./map_basic.go:31:29:   flow: {heap} = {storage for ... argument}:
./map_basic.go:31:29:     from ... argument (spill) at ./map_basic.go:31:13
./map_basic.go:31:29:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:31:13
./map_basic.go:31:16: pm[P{...}] escapes to heap:
./map_basic.go:31:16:   flow: {storage for ... argument} = &{storage for pm[P{...}]}:
./map_basic.go:31:16:     from pm[P{...}] (spill) at ./map_basic.go:31:16
./map_basic.go:31:16:     from ... argument (slice-literal-element) at ./map_basic.go:31:13
./map_basic.go:31:16:   flow: {heap} = {storage for ... argument}:
./map_basic.go:31:16:     from ... argument (spill) at ./map_basic.go:31:13
./map_basic.go:31:16:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:31:13
./map_basic.go:28:15: "no" escapes to heap:
./map_basic.go:28:15:   flow: {storage for ... argument} = &{storage for "no"}:
./map_basic.go:28:15:     from "no" (spill) at ./map_basic.go:28:15
./map_basic.go:28:15:     from ... argument (slice-literal-element) at ./map_basic.go:28:14
./map_basic.go:28:15:   flow: {heap} = {storage for ... argument}:
./map_basic.go:28:15:     from ... argument (spill) at ./map_basic.go:28:14
./map_basic.go:28:15:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:28:14
./map_basic.go:26:25: nm["x"] escapes to heap:
./map_basic.go:26:25:   flow: {storage for ... argument} = &{storage for nm["x"]}:
./map_basic.go:26:25:     from nm["x"] (spill) at ./map_basic.go:26:25
./map_basic.go:26:25:     from ... argument (slice-literal-element) at ./map_basic.go:26:13
./map_basic.go:26:25:   flow: {heap} = {storage for ... argument}:
./map_basic.go:26:25:     from ... argument (spill) at ./map_basic.go:26:13
./map_basic.go:26:25:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:26:13
./map_basic.go:26:17: len(nm) escapes to heap:
./map_basic.go:26:17:   flow: {storage for ... argument} = &{storage for len(nm)}:
./map_basic.go:26:17:     from len(nm) (spill) at ./map_basic.go:26:17
./map_basic.go:26:17:     from ... argument (slice-literal-element) at ./map_basic.go:26:13
./map_basic.go:26:17:   flow: {heap} = {storage for ... argument}:
./map_basic.go:26:17:     from ... argument (spill) at ./map_basic.go:26:13
./map_basic.go:26:17:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:26:13
./map_basic.go:24:13: sum escapes to heap:
./map_basic.go:24:13:   flow: {storage for ... argument} = &{storage for sum}:
./map_basic.go:24:13:     from sum (spill) at ./map_basic.go:24:13
./map_basic.go:24:13:     from ... argument (slice-literal-element) at ./map_basic.go:24:13
./map_basic.go:24:13:   flow: {heap} = {storage for ... argument}:
./map_basic.go:24:13:     from ... argument (spill) at ./map_basic.go:24:13
./map_basic.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:24:13
./map_basic.go:19:17: len(m) escapes to heap:
./map_basic.go:19:17:   flow: {storage for ... argument} = &{storage for len(m)}:
./map_basic.go:19:17:     from len(m) (spill) at ./map_basic.go:19:17
./map_basic.go:19:17:     from ... argument (slice-literal-element) at ./map_basic.go:19:13
./map_basic.go:19:17:   flow: {heap} = {storage for ... argument}:
./map_basic.go:19:17:     from ... argument (spill) at ./map_basic.go:19:13
./map_basic.go:19:17:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:19:13
./map_basic.go:17:13: ok2 escapes to heap:
./map_basic.go:17:13:   flow: {storage for ... argument} = &{storage for ok2}:
./map_basic.go:17:13:     from ok2 (spill) at ./map_basic.go:17:13
./map_basic.go:17:13:     from ... argument (slice-literal-element) at ./map_basic.go:17:13
./map_basic.go:17:13:   flow: {heap} = {storage for ... argument}:
./map_basic.go:17:13:     from ... argument (spill) at ./map_basic.go:17:13
./map_basic.go:17:13:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:17:13
./map_basic.go:17:13: w escapes to heap:
./map_basic.go:17:13:   flow: {storage for ... argument} = &{storage for w}:
./map_basic.go:17:13:     from w (spill) at ./map_basic.go:17:13
./map_basic.go:17:13:     from ... argument (slice-literal-element) at ./map_basic.go:17:13
./map_basic.go:17:13:   flow: {heap} = {storage for ... argument}:
./map_basic.go:17:13:     from ... argument (spill) at ./map_basic.go:17:13
./map_basic.go:17:13:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:17:13
./map_basic.go:17:13: ok escapes to heap:
./map_basic.go:17:13:   flow: {storage for ... argument} = &{storage for ok}:
./map_basic.go:17:13:     from ok (spill) at ./map_basic.go:17:13
./map_basic.go:17:13:     from ... argument (slice-literal-element) at ./map_basic.go:17:13
./map_basic.go:17:13:   flow: {heap} = {storage for ... argument}:
./map_basic.go:17:13:     from ... argument (spill) at ./map_basic.go:17:13
./map_basic.go:17:13:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:17:13
./map_basic.go:17:13: v escapes to heap:
./map_basic.go:17:13:   flow: {storage for ... argument} = &{storage for v}:
./map_basic.go:17:13:     from v (spill) at ./map_basic.go:17:13
./map_basic.go:17:13:     from ... argument (slice-literal-element) at ./map_basic.go:17:13
./map_basic.go:17:13:   flow: {heap} = {storage for ... argument}:
./map_basic.go:17:13:     from ... argument (spill) at ./map_basic.go:17:13
./map_basic.go:17:13:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:17:13
./map_basic.go:14:47: m["zz"] escapes to heap:
./map_basic.go:14:47:   flow: {storage for ... argument} = &{storage for m["zz"]}:
./map_basic.go:14:47:     from m["zz"] (spill) at ./map_basic.go:14:47
./map_basic.go:14:47:     from ... argument (slice-literal-element) at ./map_basic.go:14:13
./map_basic.go:14:47:   flow: {heap} = {storage for ... argument}:
./map_basic.go:14:47:     from ... argument (spill) at ./map_basic.go:14:13
./map_basic.go:14:47:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:14:13
./map_basic.go:14:39: m["c"] escapes to heap:
./map_basic.go:14:39:   flow: {storage for ... argument} = &{storage for m["c"]}:
./map_basic.go:14:39:     from m["c"] (spill) at ./map_basic.go:14:39
./map_basic.go:14:39:     from ... argument (slice-literal-element) at ./map_basic.go:14:13
./map_basic.go:14:39:   flow: {heap} = {storage for ... argument}:
./map_basic.go:14:39:     from ... argument (spill) at ./map_basic.go:14:13
./map_basic.go:14:39:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:14:13
./map_basic.go:14:31: m["b"] escapes to heap:
./map_basic.go:14:31:   flow: {storage for ... argument} = &{storage for m["b"]}:
./map_basic.go:14:31:     from m["b"] (spill) at ./map_basic.go:14:31
./map_basic.go:14:31:     from ... argument (slice-literal-element) at ./map_basic.go:14:13
./map_basic.go:14:31:   flow: {heap} = {storage for ... argument}:
./map_basic.go:14:31:     from ... argument (spill) at ./map_basic.go:14:13
./map_basic.go:14:31:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:14:13
./map_basic.go:14:23: m["a"] escapes to heap:
./map_basic.go:14:23:   flow: {storage for ... argument} = &{storage for m["a"]}:
./map_basic.go:14:23:     from m["a"] (spill) at ./map_basic.go:14:23
./map_basic.go:14:23:     from ... argument (slice-literal-element) at ./map_basic.go:14:13
./map_basic.go:14:23:   flow: {heap} = {storage for ... argument}:
./map_basic.go:14:23:     from ... argument (spill) at ./map_basic.go:14:13
./map_basic.go:14:23:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:14:13
./map_basic.go:14:17: len(m) escapes to heap:
./map_basic.go:14:17:   flow: {storage for ... argument} = &{storage for len(m)}:
./map_basic.go:14:17:     from len(m) (spill) at ./map_basic.go:14:17
./map_basic.go:14:17:     from ... argument (slice-literal-element) at ./map_basic.go:14:13
./map_basic.go:14:17:   flow: {heap} = {storage for ... argument}:
./map_basic.go:14:17:     from ... argument (spill) at ./map_basic.go:14:13
./map_basic.go:14:17:     from fmt.Println(... argument...) (call parameter) at ./map_basic.go:14:13
./map_basic.go:10:11: make(map[string]int) does not escape
./map_basic.go:14:13: ... argument does not escape
./map_basic.go:14:17: len(m) escapes to heap
./map_basic.go:14:23: m["a"] escapes to heap
./map_basic.go:14:31: m["b"] escapes to heap
./map_basic.go:14:39: m["c"] escapes to heap
./map_basic.go:14:47: m["zz"] escapes to heap
./map_basic.go:17:13: ... argument does not escape
./map_basic.go:17:13: v escapes to heap
./map_basic.go:17:13: ok escapes to heap
./map_basic.go:17:13: w escapes to heap
./map_basic.go:17:13: ok2 escapes to heap
./map_basic.go:19:13: ... argument does not escape
./map_basic.go:19:17: len(m) escapes to heap
./map_basic.go:24:13: ... argument does not escape
./map_basic.go:24:13: sum escapes to heap
./map_basic.go:26:13: ... argument does not escape
./map_basic.go:26:17: len(nm) escapes to heap
./map_basic.go:26:25: nm["x"] escapes to heap
./map_basic.go:28:14: ... argument does not escape
./map_basic.go:28:15: "no" escapes to heap
./map_basic.go:30:20: map[P]string{...} does not escape
./map_basic.go:31:13: ... argument does not escape
./map_basic.go:31:16: pm[P{...}] escapes to heap
./map_basic.go:31:29: pm[P{...}] escapes to heap
./map_basic.go:31:43: len(pm) escapes to heap
./map_basic.go:32:21: map[int][]int{} does not escape
./map_basic.go:36:13: ... argument does not escape
./map_basic.go:36:17: len(ms[0]) escapes to heap
./map_basic.go:36:29: len(ms[1]) escapes to heap
./map_basic.go:36:41: len(ms[2]) escapes to heap
./map_basic.go:37:20: map[int]int{} does not escape
./map_basic.go:45:13: ... argument does not escape
./map_basic.go:45:13: t escapes to heap
./map_basic.go:45:20: len(big) escapes to heap
./map_basic.go:46:50: map[interface {}]int{...} does not escape
./map_basic.go:46:52: 1 escapes to heap
./map_basic.go:46:60: "a" escapes to heap
./map_basic.go:46:68: 2.5 escapes to heap
./map_basic.go:47:13: ... argument does not escape
./map_basic.go:47:16: ik[1] escapes to heap
./map_basic.go:47:14: 1 does not escape
./map_basic.go:47:23: ik["a"] escapes to heap
./map_basic.go:47:21: "a" does not escape
./map_basic.go:47:32: ik[2.5] escapes to heap
./map_basic.go:47:30: 2.5 does not escape
./map_basic.go:47:41: ik[nil] escapes to heap
