./map_globals.go:15:23: parameter v leaks to {heap} with derefs=0:
./map_globals.go:15:23:   flow: {heap} = v:
./map_globals.go:15:23:     from append(n[k], v) (call parameter) at ./map_globals.go:15:48
./map_globals.go:15:20: parameter k leaks to {heap} with derefs=0:
./map_globals.go:15:20:   flow: {heap} = k:
./map_globals.go:15:20:     from n[k] (key of map put) at ./map_globals.go:15:36
./map_globals.go:15:7: n does not escape
./map_globals.go:15:20: leaking param: k
./map_globals.go:15:23: leaking param: v
./map_globals.go:17:12: m does not escape
./map_globals.go:43:2: x escapes to heap:
./map_globals.go:43:2:   flow: {heap} = &x:
./map_globals.go:43:2:     from &x (address-of) at ./map_globals.go:44:14
./map_globals.go:43:2:     from ptrs["x"] = &x (assign) at ./map_globals.go:44:12
./map_globals.go:62:29: map[[2]float64]string{...} escapes to heap:
./map_globals.go:62:29:   flow: mm = &{storage for map[[2]float64]string{...}}:
./map_globals.go:62:29:     from map[[2]float64]string{...} (spill) at ./map_globals.go:62:29
./map_globals.go:62:29:     from mm := map[[2]float64]string{...} (assign) at ./map_globals.go:62:5
./map_globals.go:62:29:   flow: {storage for ... argument} = mm:
./map_globals.go:62:29:     from mm (interface-converted) at ./map_globals.go:63:13
./map_globals.go:62:29:     from ... argument (slice-literal-element) at ./map_globals.go:63:13
./map_globals.go:62:29:   flow: {heap} = {storage for ... argument}:
./map_globals.go:62:29:     from ... argument (spill) at ./map_globals.go:63:13
./map_globals.go:62:29:     from fmt.Println(... argument...) (call parameter) at ./map_globals.go:63:13
./map_globals.go:61:29: map[string]bool{...} escapes to heap:
./map_globals.go:61:29:   flow: {storage for ... argument} = &{storage for map[string]bool{...}}:
./map_globals.go:61:29:     from map[string]bool{...} (spill) at ./map_globals.go:61:29
./map_globals.go:61:29:     from map[string]bool{...} (interface-converted) at ./map_globals.go:61:29
./map_globals.go:61:29:     from ... argument (slice-literal-element) at ./map_globals.go:61:13
./map_globals.go:61:29:   flow: {heap} = {storage for ... argument}:
./map_globals.go:61:29:     from ... argument (spill) at ./map_globals.go:61:13
./map_globals.go:61:29:     from fmt.Println(... argument...) (call parameter) at ./map_globals.go:61:13
./map_globals.go:60:25: len(global) escapes to heap:
./map_globals.go:60:25:   flow: {storage for ... argument} = &{storage for len(global)}:
./map_globals.go:60:25:     from len(global) (spill) at ./map_globals.go:60:25
./map_globals.go:60:25:     from ... argument (slice-literal-element) at ./map_globals.go:60:13
./map_globals.go:60:25:   flow: {heap} = {storage for ... argument}:
./map_globals.go:60:25:     from ... argument (spill) at ./map_globals.go:60:13
./map_globals.go:60:25:     from fmt.Println(... argument...) (call parameter) at ./map_globals.go:60:13
./map_globals.go:56:23: e[nil] escapes to heap:
./map_globals.go:56:23:   flow: {storage for ... argument} = &{storage for e[nil]}:
./map_globals.go:56:23:     from e[nil] (spill) at ./map_globals.go:56:23
./map_globals.go:56:23:     from ... argument (slice-literal-element) at ./map_globals.go:56:13
./map_globals.go:56:23:   flow: {heap} = {storage for ... argument}:
./map_globals.go:56:23:     from ... argument (spill) at ./map_globals.go:56:13
./map_globals.go:56:23:     from fmt.Println(... argument...) (call parameter) at ./map_globals.go:56:13
./map_globals.go:56:17: len(e) escapes to heap:
./map_globals.go:56:17:   flow: {storage for ... argument} = &{storage for len(e)}:
./map_globals.go:56:17:     from len(e) (spill) at ./map_globals.go:56:17
./map_globals.go:56:17:     from ... argument (slice-literal-element) at ./map_globals.go:56:13
./map_globals.go:56:17:   flow: {heap} = {storage for ... argument}:
./map_globals.go:56:17:     from ... argument (spill) at ./map_globals.go:56:13
./map_globals.go:56:17:     from fmt.Println(... argument...) (call parameter) at ./map_globals.go:56:13
./map_globals.go:54:13: arr escapes to heap:
./map_globals.go:54:13:   flow: {storage for ... argument} = &{storage for arr}:
./map_globals.go:54:13:     from arr (spill) at ./map_globals.go:54:13
./map_globals.go:54:13:     from ... argument (slice-literal-element) at ./map_globals.go:54:13
./map_globals.go:54:13:   flow: {heap} = {storage for ... argument}:
./map_globals.go:54:13:     from ... argument (spill) at ./map_globals.go:54:13
./map_globals.go:54:13:     from fmt.Println(... argument...) (call parameter) at ./map_globals.go:54:13
./map_globals.go:48:20: map[pair]int{} escapes to heap:
./map_globals.go:48:20:   flow: pm = &{storage for map[pair]int{}}:
./map_globals.go:48:20:     from map[pair]int{} (spill) at ./map_globals.go:48:20
./map_globals.go:48:20:     from pm := map[pair]int{} (assign) at ./map_globals.go:48:5
./map_globals.go:48:20:   flow: {storage for ... argument} = pm:
./map_globals.go:48:20:     from pm (interface-converted) at ./map_globals.go:51:13
./map_globals.go:48:20:     from ... argument (slice-literal-element) at ./map_globals.go:51:12
./map_globals.go:48:20:   flow: {heap} = {storage for ... argument}:
./map_globals.go:48:20:     from ... argument (spill) at ./map_globals.go:51:12
./map_globals.go:48:20:     from fmt.Printf("%v %+v %#v\n", ... argument...) (call parameter) at ./map_globals.go:51:12
./map_globals.go:46:13: x escapes to heap:
./map_globals.go:46:13:   flow: {storage for ... argument} = &{storage for x}:
./map_globals.go:46:13:     from x (spill) at ./map_globals.go:46:13
./map_globals.go:46:13:     from ... argument (slice-literal-element) at ./map_globals.go:46:13
./map_globals.go:46:13:   flow: {heap} = {storage for ... argument}:
./map_globals.go:46:13:     from ... argument (spill) at ./map_globals.go:46:13
./map_globals.go:46:13:     from fmt.Println(... argument...) (call parameter) at ./map_globals.go:46:13
./map_globals.go:39:18: len(nn) escapes to heap:
./map_globals.go:39:18:   flow: {storage for ... argument} = &{storage for len(nn)}:
./map_globals.go:39:18:     from len(nn) (spill) at ./map_globals.go:39:18
./map_globals.go:39:18:     from ... argument (slice-literal-element) at ./map_globals.go:39:14
./map_globals.go:39:18:   flow: {heap} = {storage for ... argument}:
./map_globals.go:39:18:     from ... argument (spill) at ./map_globals.go:39:14
./map_globals.go:39:18:     from fmt.Println(... argument...) (call parameter) at ./map_globals.go:39:14
./map_globals.go:36:20: len(n["a"]) escapes to heap:
./map_globals.go:36:20:   flow: {storage for ... argument} = &{storage for len(n["a"])}:
./map_globals.go:36:20:     from len(n["a"]) (spill) at ./map_globals.go:36:20
./map_globals.go:36:20:     from ... argument (slice-literal-element) at ./map_globals.go:36:13
./map_globals.go:36:20:   flow: {heap} = {storage for ... argument}:
./map_globals.go:36:20:     from ... argument (spill) at ./map_globals.go:36:13
./map_globals.go:36:20:     from fmt.Println(... argument...) (call parameter) at ./map_globals.go:36:13
./map_globals.go:33:12: Named{} escapes to heap:
./map_globals.go:33:12:   flow: n = &{storage for Named{}}:
./map_globals.go:33:12:     from Named{} (spill) at ./map_globals.go:33:12
./map_globals.go:33:12:     from n := Named{} (assign) at ./map_globals.go:33:4
./map_globals.go:33:12:   flow: {storage for ... argument} = n:
./map_globals.go:33:12:     from n (interface-converted) at ./map_globals.go:36:13
./map_globals.go:33:12:     from ... argument (slice-literal-element) at ./map_globals.go:36:13
./map_globals.go:33:12:   flow: {heap} = {storage for ... argument}:
./map_globals.go:33:12:     from ... argument (spill) at ./map_globals.go:36:13
./map_globals.go:33:12:     from fmt.Println(... argument...) (call parameter) at ./map_globals.go:36:13
./map_globals.go:32:32: len(big) escapes to heap:
./map_globals.go:32:32:   flow: {storage for ... argument} = &{storage for len(big)}:
./map_globals.go:32:32:     from len(big) (spill) at ./map_globals.go:32:32
./map_globals.go:32:32:     from ... argument (slice-literal-element) at ./map_globals.go:32:13
./map_globals.go:32:32:   flow: {heap} = {storage for ... argument}:
./map_globals.go:32:32:     from ... argument (spill) at ./map_globals.go:32:13
./map_globals.go:32:32:     from fmt.Println(... argument...) (call parameter) at ./map_globals.go:32:13
./map_globals.go:32:22: big[3].A[199] escapes to heap:
./map_globals.go:32:22:   flow: {storage for ... argument} = &{storage for big[3].A[199]}:
./map_globals.go:32:22:     from big[3].A[199] (spill) at ./map_globals.go:32:22
./map_globals.go:32:22:     from ... argument (slice-literal-element) at ./map_globals.go:32:13
./map_globals.go:32:22:   flow: {heap} = {storage for ... argument}:
./map_globals.go:32:22:     from ... argument (spill) at ./map_globals.go:32:13
./map_globals.go:32:22:     from fmt.Println(... argument...) (call parameter) at ./map_globals.go:32:13
./map_globals.go:29:28: b.S == "" escapes to heap:
./map_globals.go:29:28:   flow: {storage for ... argument} = &{storage for b.S == ""}:
./map_globals.go:29:28:     from b.S == "" (spill) at ./map_globals.go:29:28
./map_globals.go:29:28:     from ... argument (slice-literal-element) at ./map_globals.go:29:13
./map_globals.go:29:28:   flow: {heap} = {storage for ... argument}:
./map_globals.go:29:28:     from ... argument (spill) at ./map_globals.go:29:13
./map_globals.go:29:28:     from fmt.Println(... argument...) (call parameter) at ./map_globals.go:29:13
./map_globals.go:29:17: b.A[199] escapes to heap:
./map_globals.go:29:17:   flow: {storage for ... argument} = &{storage for b.A[199]}:
./map_globals.go:29:17:     from b.A[199] (spill) at ./map_globals.go:29:17
./map_globals.go:29:17:     from ... argument (slice-literal-element) at ./map_globals.go:29:13
./map_globals.go:29:17:   flow: {heap} = {storage for ... argument}:
./map_globals.go:29:17:     from ... argument (spill) at ./map_globals.go:29:13
./map_globals.go:29:17:     from fmt.Println(... argument...) (call parameter) at ./map_globals.go:29:13
./map_globals.go:25:14: ok escapes to heap:
./map_globals.go:25:14:   flow: {storage for ... argument} = &{storage for ok}:
./map_globals.go:25:14:     from ok (spill) at ./map_globals.go:25:14
./map_globals.go:25:14:     from ... argument (slice-literal-element) at ./map_globals.go:25:14
./map_globals.go:25:14:   flow: {heap} = {storage for ... argument}:
./map_globals.go:25:14:     from ... argument (spill) at ./map_globals.go:25:14
./map_globals.go:25:14:     from fmt.Println(... argument...) (call parameter) at ./map_globals.go:25:14
./map_globals.go:25:14: v escapes to heap:
./map_globals.go:25:14:   flow: {storage for ... argument} = &{storage for v}:
./map_globals.go:25:14:     from v (spill) at ./map_globals.go:25:14
./map_globals.go:25:14:     from ... argument (slice-literal-element) at ./map_globals.go:25:14
./map_globals.go:25:14:   flow: {heap} = {storage for ... argument}:
./map_globals.go:25:14:     from ... argument (spill) at ./map_globals.go:25:14
./map_globals.go:25:14:     from fmt.Println(... argument...) (call parameter) at ./map_globals.go:25:14
./map_globals.go:25:14: w escapes to heap:
./map_globals.go:25:14:   flow: {storage for ... argument} = &{storage for w}:
./map_globals.go:25:14:     from w (spill) at ./map_globals.go:25:14
./map_globals.go:25:14:     from ... argument (slice-literal-element) at ./map_globals.go:25:14
./map_globals.go:25:14:   flow: {heap} = {storage for ... argument}:
./map_globals.go:25:14:     from ... argument (spill) at ./map_globals.go:25:14
./map_globals.go:25:14:     from fmt.Println(... argument...) (call parameter) at ./map_globals.go:25:14
./map_globals.go:22:33: count(global) escapes to heap:
./map_globals.go:22:33:   flow: {storage for ... argument} = &{storage for count(global)}:
./map_globals.go:22:33:     from count(global) (spill) at ./map_globals.go:22:33
./map_globals.go:22:33:     from ... argument (slice-literal-element) at ./map_globals.go:22:13
./map_globals.go:22:33:   flow: {heap} = {storage for ... argument}:
./map_globals.go:22:33:     from ... argument (spill) at ./map_globals.go:22:13
./map_globals.go:22:33:     from fmt.Println(... argument...) (call parameter) at ./map_globals.go:22:13
./map_globals.go:53:22: map[int]int{...} escapes to heap:
./map_globals.go:53:22:   flow: arr = &{storage for map[int]int{...}}:
./map_globals.go:53:22:     from map[int]int{...} (spill) at ./map_globals.go:53:22
./map_globals.go:53:22:     from arr[1] = map[int]int{...} (assign) at ./map_globals.go:53:9
./map_globals.go:53:22:   flow: {storage for arr} = arr:
./map_globals.go:53:22:     from arr (interface-converted) at ./map_globals.go:54:13
./map_globals.go:43:2: moved to heap: x
./map_globals.go:22:13: ... argument does not escape
./map_globals.go:22:33: count(global) escapes to heap
./map_globals.go:25:14: ... argument does not escape
./map_globals.go:25:14: w escapes to heap
./map_globals.go:25:14: v escapes to heap
./map_globals.go:25:14: ok escapes to heap
./map_globals.go:27:20: map[int]Big{} does not escape
./map_globals.go:29:13: ... argument does not escape
./map_globals.go:29:17: b.A[199] escapes to heap
./map_globals.go:29:28: b.S == "" escapes to heap
./map_globals.go:32:13: ... argument does not escape
./map_globals.go:32:22: big[3].A[199] escapes to heap
./map_globals.go:32:32: len(big) escapes to heap
./map_globals.go:33:12: Named{} escapes to heap
./map_globals.go:36:13: ... argument does not escape
./map_globals.go:36:20: len(n["a"]) escapes to heap
./map_globals.go:39:14: ... argument does not escape
./map_globals.go:39:18: len(nn) escapes to heap
./map_globals.go:42:25: map[string]*int{} does not escape
./map_globals.go:46:13: ... argument does not escape
./map_globals.go:46:13: x escapes to heap
./map_globals.go:48:20: map[pair]int{} escapes to heap
./map_globals.go:51:12: ... argument does not escape
./map_globals.go:53:22: map[int]int{...} escapes to heap
./map_globals.go:54:13: ... argument does not escape
./map_globals.go:54:13: arr escapes to heap
./map_globals.go:55:20: map[error]int{} does not escape
./map_globals.go:56:13: ... argument does not escape
./map_globals.go:56:17: len(e) escapes to heap
./map_globals.go:56:23: e[nil] escapes to heap
./map_globals.go:60:13: ... argument does not escape
./map_globals.go:60:25: len(global) escapes to heap
./map_globals.go:61:13: ... argument does not escape
./map_globals.go:61:29: map[string]bool{...} escapes to heap
./map_globals.go:62:29: map[[2]float64]string{...} escapes to heap
./map_globals.go:63:13: ... argument does not escape
./map_globals.go:5:28: map[string]int{...} escapes to heap:
./map_globals.go:5:28:   flow: {heap} = &{storage for map[string]int{...}}:
./map_globals.go:5:28:     from map[string]int{...} (spill) at ./map_globals.go:5:28
./map_globals.go:5:28:     from global = map[string]int{...} (assign) at ./map_globals.go:5:5
./map_globals.go:6:16: make(map[int]string) escapes to heap:
./map_globals.go:6:16:   flow: {heap} = &{storage for make(map[int]string)}:
./map_globals.go:6:16:     from make(map[int]string) (spill) at ./map_globals.go:6:16
./map_globals.go:6:16:     from made = make(map[int]string) (assign) at ./map_globals.go:6:5
./map_globals.go:5:28: map[string]int{...} escapes to heap
./map_globals.go:6:16: make(map[int]string) escapes to heap
./map_globals.go:15:23: parameter v leaks to {heap} with derefs=0:
./map_globals.go:15:23:   flow: {heap} = v:
./map_globals.go:15:23:     from Named.Add(.this, k, v) (call parameter) at <autogenerated>:1
./map_globals.go:15:20: parameter k leaks to {heap} with derefs=0:
./map_globals.go:15:20:   flow: {heap} = k:
./map_globals.go:15:20:     from Named.Add(.this, k, v) (call parameter) at <autogenerated>:1
