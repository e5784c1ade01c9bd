./eval_order.go:53:23: trace escapes to heap:
./eval_order.go:53:23:   flow: {storage for ... argument} = &{storage for trace}:
./eval_order.go:53:23:     from trace (spill) at ./eval_order.go:53:23
./eval_order.go:53:23:     from ... argument (slice-literal-element) at ./eval_order.go:53:13
./eval_order.go:53:23:   flow: {heap} = {storage for ... argument}:
./eval_order.go:53:23:     from ... argument (spill) at ./eval_order.go:53:13
./eval_order.go:53:23:     from fmt.Println(... argument...) (call parameter) at ./eval_order.go:53:13
./eval_order.go:53:23: f(200) escapes to heap:
./eval_order.go:53:23:   flow: {storage for ... argument} = &{storage for f(200)}:
./eval_order.go:53:23:     from f(200) (spill) at ./eval_order.go:53:23
./eval_order.go:53:23:     from ... argument (slice-literal-element) at ./eval_order.go:53:13
./eval_order.go:53:23:   flow: {heap} = {storage for ... argument}:
./eval_order.go:53:23:     from ... argument (spill) at ./eval_order.go:53:13
./eval_order.go:53:23:     from fmt.Println(... argument...) (call parameter) at ./eval_order.go:53:13
./eval_order.go:53:15: f(100) escapes to heap:
./eval_order.go:53:15:   flow: {storage for ... argument} = &{storage for f(100)}:
./eval_order.go:53:15:     from f(100) (spill) at ./eval_order.go:53:15
./eval_order.go:53:15:     from ... argument (slice-literal-element) at ./eval_order.go:53:13
./eval_order.go:53:15:   flow: {heap} = {storage for ... argument}:
./eval_order.go:53:15:     from ... argument (spill) at ./eval_order.go:53:13
./eval_order.go:53:15:     from fmt.Println(... argument...) (call parameter) at ./eval_order.go:53:13
./eval_order.go:52:13: s escapes to heap:
./eval_order.go:52:13:   flow: {storage for ... argument} = &{storage for s}:
./eval_order.go:52:13:     from s (spill) at ./eval_order.go:52:13
./eval_order.go:52:13:     from ... argument (slice-literal-element) at ./eval_order.go:52:13
./eval_order.go:52:13:   flow: {heap} = {storage for ... argument}:
./eval_order.go:52:13:     from ... argument (spill) at ./eval_order.go:52:13
./eval_order.go:52:13:     from fmt.Println(... argument...) (call parameter) at ./eval_order.go:52:13
./eval_order.go:49:13: trace escapes to heap:
./eval_order.go:49:13:   flow: {storage for ... argument} = &{storage for trace}:
./eval_order.go:49:13:     from trace (spill) at ./eval_order.go:49:13
./eval_order.go:49:13:     from ... argument (slice-literal-element) at ./eval_order.go:49:13
./eval_order.go:49:13:   flow: {heap} = {storage for ... argument}:
./eval_order.go:49:13:     from ... argument (spill) at ./eval_order.go:49:13
./eval_order.go:49:13:     from fmt.Println(... argument...) (call parameter) at ./eval_order.go:49:13
./eval_order.go:49:13: sl escapes to heap:
./eval_order.go:49:13:   flow: {storage for ... argument} = &{storage for sl}:
./eval_order.go:49:13:     from sl (spill) at ./eval_order.go:49:13
./eval_order.go:49:13:     from ... argument (slice-literal-element) at ./eval_order.go:49:13
./eval_order.go:49:13:   flow: {heap} = {storage for ... argument}:
./eval_order.go:49:13:     from ... argument (spill) at ./eval_order.go:49:13
./eval_order.go:49:13:     from fmt.Println(... argument...) (call parameter) at ./eval_order.go:49:13
./eval_order.go:49:13: arr escapes to heap:
./eval_order.go:49:13:   flow: {storage for ... argument} = &{storage for arr}:
./eval_order.go:49:13:     from arr (spill) at ./eval_order.go:49:13
./eval_order.go:49:13:     from ... argument (slice-literal-element) at ./eval_order.go:49:13
./eval_order.go:49:13:   flow: {heap} = {storage for ... argument}:
./eval_order.go:49:13:     from ... argument (spill) at ./eval_order.go:49:13
./eval_order.go:49:13:     from fmt.Println(... argument...) (call parameter) at ./eval_order.go:49:13
./eval_order.go:45:13: trace escapes to heap:
./eval_order.go:45:13:   flow: {storage for ... argument} = &{storage for trace}:
./eval_order.go:45:13:     from trace (spill) at ./eval_order.go:45:13
./eval_order.go:45:13:     from ... argument (slice-literal-element) at ./eval_order.go:45:13
./eval_order.go:45:13:   flow: {heap} = {storage for ... argument}:
./eval_order.go:45:13:     from ... argument (spill) at ./eval_order.go:45:13
./eval_order.go:45:13:     from fmt.Println(... argument...) (call parameter) at ./eval_order.go:45:13
./eval_order.go:45:13: ok2 escapes to heap:
./eval_order.go:45:13:   flow: {storage for ... argument} = &{storage for ok2}:
./eval_order.go:45:13:     from ok2 (spill) at ./eval_order.go:45:13
./eval_order.go:45:13:     from ... argument (slice-literal-element) at ./eval_order.go:45:13
./eval_order.go:45:13:   flow: {heap} = {storage for ... argument}:
./eval_order.go:45:13:     from ... argument (spill) at ./eval_order.go:45:13
./eval_order.go:45:13:     from fmt.Println(... argument...) (call parameter) at ./eval_order.go:45:13
./eval_order.go:45:13: ok escapes to heap:
./eval_order.go:45:13:   flow: {storage for ... argument} = &{storage for ok}:
./eval_order.go:45:13:     from ok (spill) at ./eval_order.go:45:13
./eval_order.go:45:13:     from ... argument (slice-literal-element) at ./eval_order.go:45:13
./eval_order.go:45:13:   flow: {heap} = {storage for ... argument}:
./eval_order.go:45:13:     from ... argument (spill) at ./eval_order.go:45:13
./eval_order.go:45:13:     from fmt.Println(... argument...) (call parameter) at ./eval_order.go:45:13
./eval_order.go:41:13: trace escapes to heap:
./eval_order.go:41:13:   flow: {storage for ... argument} = &{storage for trace}:
./eval_order.go:41:13:     from trace (spill) at ./eval_order.go:41:13
./eval_order.go:41:13:     from ... argument (slice-literal-element) at ./eval_order.go:41:13
./eval_order.go:41:13:   flow: {heap} = {storage for ... argument}:
./eval_order.go:41:13:     from ... argument (spill) at ./eval_order.go:41:13
./eval_order.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./eval_order.go:41:13
./eval_order.go:41:13: b escapes to heap:
./eval_order.go:41:13:   flow: {storage for ... argument} = &{storage for b}:
./eval_order.go:41:13:     from b (spill) at ./eval_order.go:41:13
./eval_order.go:41:13:     from ... argument (slice-literal-element) at ./eval_order.go:41:13
./eval_order.go:41:13:   flow: {heap} = {storage for ... argument}:
./eval_order.go:41:13:     from ... argument (spill) at ./eval_order.go:41:13
./eval_order.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./eval_order.go:41:13
./eval_order.go:41:13: a escapes to heap:
./eval_order.go:41:13:   flow: {storage for ... argument} = &{storage for a}:
./eval_order.go:41:13:     from a (spill) at ./eval_order.go:41:13
./eval_order.go:41:13:     from ... argument (slice-literal-element) at ./eval_order.go:41:13
./eval_order.go:41:13:   flow: {heap} = {storage for ... argument}:
./eval_order.go:41:13:     from ... argument (spill) at ./eval_order.go:41:13
./eval_order.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./eval_order.go:41:13
./eval_order.go:39:13: s escapes to heap:
./eval_order.go:39:13:   flow: {storage for ... argument} = &{storage for s}:
./eval_order.go:39:13:     from s (spill) at ./eval_order.go:39:13
./eval_order.go:39:13:     from ... argument (slice-literal-element) at ./eval_order.go:39:13
./eval_order.go:39:13:   flow: {heap} = {storage for ... argument}:
./eval_order.go:39:13:     from ... argument (spill) at ./eval_order.go:39:13
./eval_order.go:39:13:     from fmt.Println(... argument...) (call parameter) at ./eval_order.go:39:13
./eval_order.go:34:13: trace escapes to heap:
./eval_order.go:34:13:   flow: {storage for ... argument} = &{storage for trace}:
./eval_order.go:34:13:     from trace (spill) at ./eval_order.go:34:13
./eval_order.go:34:13:     from ... argument (slice-literal-element) at ./eval_order.go:34:13
./eval_order.go:34:13:   flow: {heap} = {storage for ... argument}:
./eval_order.go:34:13:     from ... argument (spill) at ./eval_order.go:34:13
./eval_order.go:34:13:     from fmt.Println(... argument...) (call parameter) at ./eval_order.go:34:13
./eval_order.go:34:13: y escapes to heap:
./eval_order.go:34:13:   flow: {storage for ... argument} = &{storage for y}:
./eval_order.go:34:13:     from y (spill) at ./eval_order.go:34:13
./eval_order.go:34:13:     from ... argument (slice-literal-element) at ./eval_order.go:34:13
./eval_order.go:34:13:   flow: {heap} = {storage for ... argument}:
./eval_order.go:34:13:     from ... argument (spill) at ./eval_order.go:34:13
./eval_order.go:34:13:     from fmt.Println(... argument...) (call parameter) at ./eval_order.go:34:13
./eval_order.go:31:13: trace escapes to heap:
./eval_order.go:31:13:   flow: {storage for ... argument} = &{storage for trace}:
./eval_order.go:31:13:     from trace (spill) at ./eval_order.go:31:13
./eval_order.go:31:13:     from ... argument (slice-literal-element) at ./eval_order.go:31:13
./eval_order.go:31:13:   flow: {heap} = {storage for ... argument}:
./eval_order.go:31:13:     from ... argument (spill) at ./eval_order.go:31:13
./eval_order.go:31:13:     from fmt.Println(... argument...) (call parameter) at ./eval_order.go:31:13
./eval_order.go:31:13: x escapes to heap:
./eval_order.go:31:13:   flow: {storage for ... argument} = &{storage for x}:
./eval_order.go:31:13:     from x (spill) at ./eval_order.go:31:13
./eval_order.go:31:13:     from ... argument (slice-literal-element) at ./eval_order.go:31:13
./eval_order.go:31:13:   flow: {heap} = {storage for ... argument}:
./eval_order.go:31:13:     from ... argument (spill) at ./eval_order.go:31:13
./eval_order.go:31:13:     from fmt.Println(... argument...) (call parameter) at ./eval_order.go:31:13
./eval_order.go:36:11: make([]int, 5) escapes to heap:
./eval_order.go:36:11:   flow: s = &{storage for make([]int, 5)}:
./eval_order.go:36:11:     from make([]int, 5) (spill) at ./eval_order.go:36:11
./eval_order.go:36:11:     from s := make([]int, 5) (assign) at ./eval_order.go:36:4
./eval_order.go:36:11:   flow: {storage for s} = s:
./eval_order.go:36:11:     from s (interface-converted) at ./eval_order.go:52:13
./eval_order.go:48:13: []int{...} escapes to heap:
./eval_order.go:48:13:   flow: sl = &{storage for []int{...}}:
./eval_order.go:48:13:     from []int{...} (spill) at ./eval_order.go:48:13
./eval_order.go:48:13:     from sl := []int{...} (assign) at ./eval_order.go:48:5
./eval_order.go:48:13:   flow: {storage for sl} = sl:
./eval_order.go:48:13:     from sl (interface-converted) at ./eval_order.go:49:13
./eval_order.go:31:13: ... argument does not escape
./eval_order.go:31:13: x escapes to heap
./eval_order.go:31:13: trace escapes to heap
./eval_order.go:34:13: ... argument does not escape
./eval_order.go:34:13: y escapes to heap
./eval_order.go:34:13: trace escapes to heap
./eval_order.go:36:11: make([]int, 5) escapes to heap
./eval_order.go:39:13: ... argument does not escape
./eval_order.go:39:13: s escapes to heap
./eval_order.go:41:13: ... argument does not escape
./eval_order.go:41:13: a escapes to heap
./eval_order.go:41:13: b escapes to heap
./eval_order.go:41:13: trace escapes to heap
./eval_order.go:45:13: ... argument does not escape
./eval_order.go:45:13: ok escapes to heap
./eval_order.go:45:13: ok2 escapes to heap
./eval_order.go:45:13: trace escapes to heap
./eval_order.go:48:13: []int{...} escapes to heap
./eval_order.go:49:13: ... argument does not escape
./eval_order.go:49:13: arr escapes to heap
./eval_order.go:49:13: sl escapes to heap
./eval_order.go:49:13: trace escapes to heap
./eval_order.go:52:13: ... argument does not escape
./eval_order.go:52:13: s escapes to heap
./eval_order.go:53:13: ... argument does not escape
./eval_order.go:53:15: f(100) escapes to heap
./eval_order.go:53:23: f(200) escapes to heap
./eval_order.go:53:23: trace escapes to heap
