./map_complit.go:15:27: &P{...} escapes to heap:
./map_complit.go:15:27:   flow: {heap} = &{storage for &P{...}}:
./map_complit.go:15:27:     from &P{...} (spill) at ./map_complit.go:15:27
./map_complit.go:15:27:     from map[string]*P{...} (map literal value) at ./map_complit.go:15:21
./map_complit.go:15:40: &P{...} escapes to heap:
./map_complit.go:15:40:   flow: {heap} = &{storage for &P{...}}:
./map_complit.go:15:40:     from &P{...} (spill) at ./map_complit.go:15:40
./map_complit.go:15:40:     from map[string]*P{...} (map literal value) at ./map_complit.go:15:21
./map_complit.go:17:40: []int{...} escapes to heap:
./map_complit.go:17:40:   flow: {heap} = &{storage for []int{...}}:
./map_complit.go:17:40:     from []int{...} (spill) at ./map_complit.go:17:40
./map_complit.go:17:40:     from map[[2]string][]int{...} (map literal value) at ./map_complit.go:17:27
./map_complit.go:26:41: []map[int]bool{...} escapes to heap:
./map_complit.go:26:41:   flow: {heap} = &{storage for []map[int]bool{...}}:
./map_complit.go:26:41:     from []map[int]bool{...} (spill) at ./map_complit.go:26:41
./map_complit.go:26:41:     from map[string][]map[int]bool{...} (map literal value) at ./map_complit.go:26:35
./map_complit.go:26:42: map[int]bool{...} escapes to heap:
./map_complit.go:26:42:   flow: {storage for []map[int]bool{...}} = &{storage for map[int]bool{...}}:
./map_complit.go:26:42:     from map[int]bool{...} (spill) at ./map_complit.go:26:42
./map_complit.go:26:42:     from []map[int]bool{...} (slice-literal-element) at ./map_complit.go:26:41
./map_complit.go:26:53: map[int]bool{...} escapes to heap:
./map_complit.go:26:53:   flow: {storage for []map[int]bool{...}} = &{storage for map[int]bool{...}}:
./map_complit.go:26:53:     from map[int]bool{...} (spill) at ./map_complit.go:26:53
./map_complit.go:26:53:     from []map[int]bool{...} (slice-literal-element) at ./map_complit.go:26:41
./map_complit.go:28:21: map[string]int{} escapes to heap:
./map_complit.go:28:21:   flow: e = &{storage for map[string]int{}}:
./map_complit.go:28:21:     from map[string]int{} (spill) at ./map_complit.go:28:21
./map_complit.go:28:21:     from e := map[string]int{} (assign) at ./map_complit.go:28:4
./map_complit.go:28:21:   flow: {storage for ... argument} = e:
./map_complit.go:28:21:     from e (interface-converted) at ./map_complit.go:29:27
./map_complit.go:28:21:     from ... argument (slice-literal-element) at ./map_complit.go:29:13
./map_complit.go:28:21:   flow: {heap} = {storage for ... argument}:
./map_complit.go:28:21:     from ... argument (spill) at ./map_complit.go:29:13
./map_complit.go:28:21:     from fmt.Println(... argument...) (call parameter) at ./map_complit.go:29:13
./map_complit.go:29:27: len(e) escapes to heap:
./map_complit.go:29:27:   flow: {storage for ... argument} = &{storage for len(e)}:
./map_complit.go:29:27:     from len(e) (spill) at ./map_complit.go:29:27
./map_complit.go:29:27:     from ... argument (slice-literal-element) at ./map_complit.go:29:13
./map_complit.go:29:27:   flow: {heap} = {storage for ... argument}:
./map_complit.go:29:27:     from ... argument (spill) at ./map_complit.go:29:13
./map_complit.go:29:27:     from fmt.Println(... argument...) (call parameter) at ./map_complit.go:29:13
./map_complit.go:29:16: e == nil escapes to heap:
./map_complit.go:29:16:   flow: {storage for ... argument} = &{storage for e == nil}:
./map_complit.go:29:16:     from e == nil (spill) at ./map_complit.go:29:16
./map_complit.go:29:16:     from ... argument (slice-literal-element) at ./map_complit.go:29:13
./map_complit.go:29:16:   flow: {heap} = {storage for ... argument}:
./map_complit.go:29:16:     from ... argument (spill) at ./map_complit.go:29:13
./map_complit.go:29:16:     from fmt.Println(... argument...) (call parameter) at ./map_complit.go:29:13
./map_complit.go:26:35: map[string][]map[int]bool{...} escapes to heap:
./map_complit.go:26:35:   flow: x = &{storage for map[string][]map[int]bool{...}}:
./map_complit.go:26:35:     from map[string][]map[int]bool{...} (spill) at ./map_complit.go:26:35
./map_complit.go:26:35:     from x = map[string][]map[int]bool{...} (assign) at ./map_complit.go:26:6
./map_complit.go:26:35:   flow: {storage for ... argument} = x:
./map_complit.go:26:35:     from x (interface-converted) at ./map_complit.go:27:13
./map_complit.go:26:35:     from ... argument (slice-literal-element) at ./map_complit.go:27:13
./map_complit.go:26:35:   flow: {heap} = {storage for ... argument}:
./map_complit.go:26:35:     from ... argument (spill) at ./map_complit.go:27:13
./map_complit.go:26:35:     from fmt.Println(... argument...) (call parameter) at ./map_complit.go:27:13
./map_complit.go:25:18: st.m[1] escapes to heap:
./map_complit.go:25:18:   flow: {storage for ... argument} = &{storage for st.m[1]}:
./map_complit.go:25:18:     from st.m[1] (spill) at ./map_complit.go:25:18
./map_complit.go:25:18:     from ... argument (slice-literal-element) at ./map_complit.go:25:13
./map_complit.go:25:18:   flow: {heap} = {storage for ... argument}:
./map_complit.go:25:18:     from ... argument (spill) at ./map_complit.go:25:13
./map_complit.go:25:18:     from fmt.Println(... argument...) (call parameter) at ./map_complit.go:25:13
./map_complit.go:23:25: len(nested[2]) escapes to heap:
./map_complit.go:23:25:   flow: {storage for ... argument} = &{storage for len(nested[2])}:
./map_complit.go:23:25:     from len(nested[2]) (spill) at ./map_complit.go:23:25
./map_complit.go:23:25:     from ... argument (slice-literal-element) at ./map_complit.go:23:13
./map_complit.go:23:25:   flow: {heap} = {storage for ... argument}:
./map_complit.go:23:25:     from ... argument (spill) at ./map_complit.go:23:13
./map_complit.go:23:25:     from fmt.Println(... argument...) (call parameter) at ./map_complit.go:23:13
./map_complit.go:23:13: nested escapes to heap:
./map_complit.go:23:13:   flow: {storage for ... argument} = &{storage for nested}:
./map_complit.go:23:13:     from nested (spill) at ./map_complit.go:23:13
./map_complit.go:23:13:     from ... argument (slice-literal-element) at ./map_complit.go:23:13
./map_complit.go:23:13:   flow: {heap} = {storage for ... argument}:
./map_complit.go:23:13:     from ... argument (spill) at ./map_complit.go:23:13
./map_complit.go:23:13:     from fmt.Println(... argument...) (call parameter) at ./map_complit.go:23:13
./map_complit.go:21:45: named["q"] escapes to heap:
./map_complit.go:21:45:   flow: {storage for ... argument} = &{storage for named["q"]}:
./map_complit.go:21:45:     from named["q"] (spill) at ./map_complit.go:21:45
./map_complit.go:21:45:     from ... argument (slice-literal-element) at ./map_complit.go:21:13
./map_complit.go:21:45:   flow: {heap} = {storage for ... argument}:
./map_complit.go:21:45:     from ... argument (spill) at ./map_complit.go:21:13
./map_complit.go:21:45:     from fmt.Println(... argument...) (call parameter) at ./map_complit.go:21:13
./map_complit.go:21:36: named["p"].a escapes to heap:
./map_complit.go:21:36:   flow: {storage for ... argument} = &{storage for named["p"].a}:
./map_complit.go:21:36:     from named["p"].a (spill) at ./map_complit.go:21:36
./map_complit.go:21:36:     from ... argument (slice-literal-element) at ./map_complit.go:21:13
./map_complit.go:21:36:   flow: {heap} = {storage for ... argument}:
./map_complit.go:21:36:     from ... argument (spill) at ./map_complit.go:21:13
./map_complit.go:21:36:     from fmt.Println(... argument...) (call parameter) at ./map_complit.go:21:13
./map_complit.go:21:17: len(named) escapes to heap:
./map_complit.go:21:17:   flow: {storage for ... argument} = &{storage for len(named)}:
./map_complit.go:21:17:     from len(named) (spill) at ./map_complit.go:21:17
./map_complit.go:21:17:     from ... argument (slice-literal-element) at ./map_complit.go:21:13
./map_complit.go:21:17:   flow: {heap} = {storage for ... argument}:
./map_complit.go:21:17:     from ... argument (spill) at ./map_complit.go:21:13
./map_complit.go:21:17:     from fmt.Println(... argument...) (call parameter) at ./map_complit.go:21:13
./map_complit.go:18:16: am[[2]string{...}] escapes to heap:
./map_complit.go:18:16:   flow: {storage for ... argument} = &{storage for am[[2]string{...}]}:
./map_complit.go:18:16:     from am[[2]string{...}] (spill) at ./map_complit.go:18:16
./map_complit.go:18:16:     from ... argument (slice-literal-element) at ./map_complit.go:18:13
./map_complit.go:18:16:   flow: {heap} = {storage for ... argument}:
./map_complit.go:18:16:     from ... argument (spill) at ./map_complit.go:18:13
./map_complit.go:18:16:     from fmt.Println(... argument...) (call parameter) at ./map_complit.go:18:13
./map_complit.go:16:24: *pm["y"] escapes to heap:
./map_complit.go:16:24:   flow: {storage for ... argument} = &{storage for *pm["y"]}:
./map_complit.go:16:24:     from *pm["y"] (spill) at ./map_complit.go:16:24
./map_complit.go:16:24:     from ... argument (slice-literal-element) at ./map_complit.go:16:13
./map_complit.go:16:24:   flow: {heap} = {storage for ... argument}:
./map_complit.go:16:24:     from ... argument (spill) at ./map_complit.go:16:13
./map_complit.go:16:24:     from fmt.Println(... argument...) (call parameter) at ./map_complit.go:16:13
./map_complit.go:16:14: *pm["x"] escapes to heap:
./map_complit.go:16:14:   flow: {storage for ... argument} = &{storage for *pm["x"]}:
./map_complit.go:16:14:     from *pm["x"] (spill) at ./map_complit.go:16:14
./map_complit.go:16:14:     from ... argument (slice-literal-element) at ./map_complit.go:16:13
./map_complit.go:16:14:   flow: {heap} = {storage for ... argument}:
./map_complit.go:16:14:     from ... argument (spill) at ./map_complit.go:16:13
./map_complit.go:16:14:     from fmt.Println(... argument...) (call parameter) at ./map_complit.go:16:13
./map_complit.go:14:41: len(m) escapes to heap:
./map_complit.go:14:41:   flow: {storage for ... argument} = &{storage for len(m)}:
./map_complit.go:14:41:     from len(m) (spill) at ./map_complit.go:14:41
./map_complit.go:14:41:     from ... argument (slice-literal-element) at ./map_complit.go:14:13
./map_complit.go:14:41:   flow: {heap} = {storage for ... argument}:
./map_complit.go:14:41:     from ... argument (spill) at ./map_complit.go:14:13
./map_complit.go:14:41:     from fmt.Println(... argument...) (call parameter) at ./map_complit.go:14:13
./map_complit.go:14:27: m[P{...}] escapes to heap:
./map_complit.go:14:27:   flow: {storage for ... argument} = &{storage for m[P{...}]}:
./map_complit.go:14:27:     from m[P{...}] (spill) at ./map_complit.go:14:27
./map_complit.go:14:27:     from ... argument (slice-literal-element) at ./map_complit.go:14:13
./map_complit.go:14:27:   flow: {heap} = {storage for ... argument}:
./map_complit.go:14:27:     from ... argument (spill) at ./map_complit.go:14:13
./map_complit.go:14:27:     from fmt.Println(... argument...) (call parameter) at ./map_complit.go:14:13
./map_complit.go:14:15: m[P{...}] escapes to heap:
./map_complit.go:14:15:   flow: {storage for ... argument} = &{storage for m[P{...}]}:
./map_complit.go:14:15:     from m[P{...}] (spill) at ./map_complit.go:14:15
./map_complit.go:14:15:     from ... argument (slice-literal-element) at ./map_complit.go:14:13
./map_complit.go:14:15:   flow: {heap} = {storage for ... argument}:
./map_complit.go:14:15:     from ... argument (spill) at ./map_complit.go:14:13
./map_complit.go:14:15:     from fmt.Println(... argument...) (call parameter) at ./map_complit.go:14:13
./map_complit.go:22:28: []map[string]int{...} escapes to heap:
./map_complit.go:22:28:   flow: nested = &{storage for []map[string]int{...}}:
./map_complit.go:22:28:     from []map[string]int{...} (spill) at ./map_complit.go:22:28
./map_complit.go:22:28:     from nested := []map[string]int{...} (assign) at ./map_complit.go:22:9
./map_complit.go:22:28:   flow: {storage for nested} = nested:
./map_complit.go:22:28:     from nested (interface-converted) at ./map_complit.go:23:13
./map_complit.go:22:39: map[string]int{...} escapes to heap:
./map_complit.go:22:39:   flow: {storage for []map[string]int{...}} = &{storage for map[string]int{...}}:
./map_complit.go:22:39:     from map[string]int{...} (spill) at ./map_complit.go:22:39
./map_complit.go:22:39:     from []map[string]int{...} (slice-literal-element) at ./map_complit.go:22:28
./map_complit.go:22:29: map[string]int{...} escapes to heap:
./map_complit.go:22:29:   flow: {storage for []map[string]int{...}} = &{storage for map[string]int{...}}:
./map_complit.go:22:29:     from map[string]int{...} (spill) at ./map_complit.go:22:29
./map_complit.go:22:29:     from []map[string]int{...} (slice-literal-element) at ./map_complit.go:22:28
./map_complit.go:13:14: map[P]P{...} does not escape
./map_complit.go:14:13: ... argument does not escape
./map_complit.go:14:15: m[P{...}] escapes to heap
./map_complit.go:14:27: m[P{...}] escapes to heap
./map_complit.go:14:41: len(m) escapes to heap
./map_complit.go:15:21: map[string]*P{...} does not escape
./map_complit.go:15:27: &P{...} escapes to heap
./map_complit.go:15:40: &P{...} escapes to heap
./map_complit.go:16:13: ... argument does not escape
./map_complit.go:16:14: *pm["x"] escapes to heap
./map_complit.go:16:24: *pm["y"] escapes to heap
./map_complit.go:17:27: map[[2]string][]int{...} does not escape
./map_complit.go:17:40: []int{...} escapes to heap
./map_complit.go:18:13: ... argument does not escape
./map_complit.go:18:16: am[[2]string{...}] escapes to heap
./map_complit.go:19:12: M{...} does not escape
./map_complit.go:21:13: ... argument does not escape
./map_complit.go:21:17: len(named) escapes to heap
./map_complit.go:21:36: named["p"].a escapes to heap
./map_complit.go:21:45: named["q"] escapes to heap
./map_complit.go:22:28: []map[string]int{...} escapes to heap
./map_complit.go:22:29: map[string]int{...} escapes to heap
./map_complit.go:22:39: map[string]int{...} escapes to heap
./map_complit.go:23:13: ... argument does not escape
./map_complit.go:23:13: nested escapes to heap
./map_complit.go:23:25: len(nested[2]) escapes to heap
./map_complit.go:24:52: map[int]string{...} does not escape
./map_complit.go:25:13: ... argument does not escape
./map_complit.go:25:18: st.m[1] escapes to heap
./map_complit.go:26:35: map[string][]map[int]bool{...} escapes to heap
./map_complit.go:26:41: []map[int]bool{...} escapes to heap
./map_complit.go:26:42: map[int]bool{...} escapes to heap
./map_complit.go:26:53: map[int]bool{...} escapes to heap
./map_complit.go:27:13: ... argument does not escape
./map_complit.go:28:21: map[string]int{} escapes to heap
./map_complit.go:29:13: ... argument does not escape
./map_complit.go:29:16: e == nil escapes to heap
./map_complit.go:29:27: len(e) escapes to heap
./map_complit.go:30:20: map[string]int{} does not escape
./map_complit.go:31:26: map[int]bool{} does not escape
