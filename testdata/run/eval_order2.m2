./eval_order2.go:7:8: parameter s leaks to {heap} with derefs=0:
./eval_order2.go:7:8:   flow: {heap} = s:
./eval_order2.go:7:8:     from log += s (assign) at ./eval_order2.go:8:6
./eval_order2.go:7:8: leaking param: s
./eval_order2.go:14:14: []int{...} escapes to heap:
./eval_order2.go:14:14:   flow: ~r0 = &{storage for []int{...}}:
./eval_order2.go:14:14:     from []int{...} (spill) at ./eval_order2.go:14:14
./eval_order2.go:14:14:     from return []int{...} (return) at ./eval_order2.go:14:2
./eval_order2.go:14:14: []int{...} escapes to heap
./eval_order2.go:19:10: parameter s leaks to {heap} with derefs=0:
./eval_order2.go:19:10:   flow: {heap} = s:
./eval_order2.go:19:10:     from log += s (assign) at ./eval_order2.go:20:6
./eval_order2.go:21:9: &P{} escapes to heap:
./eval_order2.go:21:9:   flow: ~r0 = &{storage for &P{}}:
./eval_order2.go:21:9:     from &P{} (spill) at ./eval_order2.go:21:9
./eval_order2.go:21:9:     from return &P{} (return) at ./eval_order2.go:21:2
./eval_order2.go:19:10: leaking param: s
./eval_order2.go:21:9: &P{} escapes to heap
./eval_order2.go:58:13: log escapes to heap:
./eval_order2.go:58:13:   flow: {storage for ... argument} = &{storage for log}:
./eval_order2.go:58:13:     from log (spill) at ./eval_order2.go:58:13
./eval_order2.go:58:13:     from ... argument (slice-literal-element) at ./eval_order2.go:58:13
./eval_order2.go:58:13:   flow: {heap} = {storage for ... argument}:
./eval_order2.go:58:13:     from ... argument (spill) at ./eval_order2.go:58:13
./eval_order2.go:58:13:     from fmt.Println(... argument...) (call parameter) at ./eval_order2.go:58:13
./eval_order2.go:58:13: cnt escapes to heap:
./eval_order2.go:58:13:   flow: {storage for ... argument} = &{storage for cnt}:
./eval_order2.go:58:13:     from cnt (spill) at ./eval_order2.go:58:13
./eval_order2.go:58:13:     from ... argument (slice-literal-element) at ./eval_order2.go:58:13
./eval_order2.go:58:13:   flow: {heap} = {storage for ... argument}:
./eval_order2.go:58:13:     from ... argument (spill) at ./eval_order2.go:58:13
./eval_order2.go:58:13:     from fmt.Println(... argument...) (call parameter) at ./eval_order2.go:58:13
./eval_order2.go:51:15: log escapes to heap:
./eval_order2.go:51:15:   flow: {storage for ... argument} = &{storage for log}:
./eval_order2.go:51:15:     from log (spill) at ./eval_order2.go:51:15
./eval_order2.go:51:15:     from ... argument (slice-literal-element) at ./eval_order2.go:51:14
./eval_order2.go:51:15:   flow: {heap} = {storage for ... argument}:
./eval_order2.go:51:15:     from ... argument (spill) at ./eval_order2.go:51:14
./eval_order2.go:51:15:     from fmt.Println(... argument...) (call parameter) at ./eval_order2.go:51:14
./eval_order2.go:51:15: "cond" escapes to heap:
./eval_order2.go:51:15:   flow: {storage for ... argument} = &{storage for "cond"}:
./eval_order2.go:51:15:     from "cond" (spill) at ./eval_order2.go:51:15
./eval_order2.go:51:15:     from ... argument (slice-literal-element) at ./eval_order2.go:51:14
./eval_order2.go:51:15:   flow: {heap} = {storage for ... argument}:
./eval_order2.go:51:15:     from ... argument (spill) at ./eval_order2.go:51:14
./eval_order2.go:51:15:     from fmt.Println(... argument...) (call parameter) at ./eval_order2.go:51:14
./eval_order2.go:49:13: arr escapes to heap:
./eval_order2.go:49:13:   flow: {storage for ... argument} = &{storage for arr}:
./eval_order2.go:49:13:     from arr (spill) at ./eval_order2.go:49:13
./eval_order2.go:49:13:     from ... argument (slice-literal-element) at ./eval_order2.go:49:13
./eval_order2.go:49:13:   flow: {heap} = {storage for ... argument}:
./eval_order2.go:49:13:     from ... argument (spill) at ./eval_order2.go:49:13
./eval_order2.go:49:13:     from fmt.Println(... argument...) (call parameter) at ./eval_order2.go:49:13
./eval_order2.go:49:13: i escapes to heap:
./eval_order2.go:49:13:   flow: {storage for ... argument} = &{storage for i}:
./eval_order2.go:49:13:     from i (spill) at ./eval_order2.go:49:13
./eval_order2.go:49:13:     from ... argument (slice-literal-element) at ./eval_order2.go:49:13
./eval_order2.go:49:13:   flow: {heap} = {storage for ... argument}:
./eval_order2.go:49:13:     from ... argument (spill) at ./eval_order2.go:49:13
./eval_order2.go:49:13:     from fmt.Println(... argument...) (call parameter) at ./eval_order2.go:49:13
./eval_order2.go:45:13: log escapes to heap:
./eval_order2.go:45:13:   flow: {storage for ... argument} = &{storage for log}:
./eval_order2.go:45:13:     from log (spill) at ./eval_order2.go:45:13
./eval_order2.go:45:13:     from ... argument (slice-literal-element) at ./eval_order2.go:45:13
./eval_order2.go:45:13:   flow: {heap} = {storage for ... argument}:
./eval_order2.go:45:13:     from ... argument (spill) at ./eval_order2.go:45:13
./eval_order2.go:45:13:     from fmt.Println(... argument...) (call parameter) at ./eval_order2.go:45:13
./eval_order2.go:45:13: p escapes to heap:
./eval_order2.go:45:13:   flow: {storage for ... argument} = &{storage for p}:
./eval_order2.go:45:13:     from p (spill) at ./eval_order2.go:45:13
./eval_order2.go:45:13:     from ... argument (slice-literal-element) at ./eval_order2.go:45:13
./eval_order2.go:45:13:   flow: {heap} = {storage for ... argument}:
./eval_order2.go:45:13:     from ... argument (spill) at ./eval_order2.go:45:13
./eval_order2.go:45:13:     from fmt.Println(... argument...) (call parameter) at ./eval_order2.go:45:13
./eval_order2.go:42:13: log escapes to heap:
./eval_order2.go:42:13:   flow: {storage for ... argument} = &{storage for log}:
./eval_order2.go:42:13:     from log (spill) at ./eval_order2.go:42:13
./eval_order2.go:42:13:     from ... argument (slice-literal-element) at ./eval_order2.go:42:13
./eval_order2.go:42:13:   flow: {heap} = {storage for ... argument}:
./eval_order2.go:42:13:     from ... argument (spill) at ./eval_order2.go:42:13
./eval_order2.go:42:13:     from fmt.Println(... argument...) (call parameter) at ./eval_order2.go:42:13
./eval_order2.go:42:13: v escapes to heap:
./eval_order2.go:42:13:   flow: {storage for ... argument} = &{storage for v}:
./eval_order2.go:42:13:     from v (spill) at ./eval_order2.go:42:13
./eval_order2.go:42:13:     from ... argument (slice-literal-element) at ./eval_order2.go:42:13
./eval_order2.go:42:13:   flow: {heap} = {storage for ... argument}:
./eval_order2.go:42:13:     from ... argument (spill) at ./eval_order2.go:42:13
./eval_order2.go:42:13:     from fmt.Println(... argument...) (call parameter) at ./eval_order2.go:42:13
./eval_order2.go:39:26: log escapes to heap:
./eval_order2.go:39:26:   flow: {storage for ... argument} = &{storage for log}:
./eval_order2.go:39:26:     from log (spill) at ./eval_order2.go:39:26
./eval_order2.go:39:26:     from ... argument (slice-literal-element) at ./eval_order2.go:39:13
./eval_order2.go:39:26:   flow: {heap} = {storage for ... argument}:
./eval_order2.go:39:26:     from ... argument (spill) at ./eval_order2.go:39:13
./eval_order2.go:39:26:     from fmt.Println(... argument...) (call parameter) at ./eval_order2.go:39:13
./eval_order2.go:39:26: t("B", 2) escapes to heap:
./eval_order2.go:39:26:   flow: {storage for ... argument} = &{storage for t("B", 2)}:
./eval_order2.go:39:26:     from t("B", 2) (spill) at ./eval_order2.go:39:26
./eval_order2.go:39:26:     from ... argument (slice-literal-element) at ./eval_order2.go:39:13
./eval_order2.go:39:26:   flow: {heap} = {storage for ... argument}:
./eval_order2.go:39:26:     from ... argument (spill) at ./eval_order2.go:39:13
./eval_order2.go:39:26:     from fmt.Println(... argument...) (call parameter) at ./eval_order2.go:39:13
./eval_order2.go:39:15: t("A", 1) escapes to heap:
./eval_order2.go:39:15:   flow: {storage for ... argument} = &{storage for t("A", 1)}:
./eval_order2.go:39:15:     from t("A", 1) (spill) at ./eval_order2.go:39:15
./eval_order2.go:39:15:     from ... argument (slice-literal-element) at ./eval_order2.go:39:13
./eval_order2.go:39:15:   flow: {heap} = {storage for ... argument}:
./eval_order2.go:39:15:     from ... argument (spill) at ./eval_order2.go:39:13
./eval_order2.go:39:15:     from fmt.Println(... argument...) (call parameter) at ./eval_order2.go:39:13
./eval_order2.go:37:13: log escapes to heap:
./eval_order2.go:37:13:   flow: {storage for ... argument} = &{storage for log}:
./eval_order2.go:37:13:     from log (spill) at ./eval_order2.go:37:13
./eval_order2.go:37:13:     from ... argument (slice-literal-element) at ./eval_order2.go:37:13
./eval_order2.go:37:13:   flow: {heap} = {storage for ... argument}:
./eval_order2.go:37:13:     from ... argument (spill) at ./eval_order2.go:37:13
./eval_order2.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./eval_order2.go:37:13
./eval_order2.go:34:13: log escapes to heap:
./eval_order2.go:34:13:   flow: {storage for ... argument} = &{storage for log}:
./eval_order2.go:34:13:     from log (spill) at ./eval_order2.go:34:13
./eval_order2.go:34:13:     from ... argument (slice-literal-element) at ./eval_order2.go:34:13
./eval_order2.go:34:13:   flow: {heap} = {storage for ... argument}:
./eval_order2.go:34:13:     from ... argument (spill) at ./eval_order2.go:34:13
./eval_order2.go:34:13:     from fmt.Println(... argument...) (call parameter) at ./eval_order2.go:34:13
./eval_order2.go:34:13: s escapes to heap:
./eval_order2.go:34:13:   flow: {storage for ... argument} = &{storage for s}:
./eval_order2.go:34:13:     from s (spill) at ./eval_order2.go:34:13
./eval_order2.go:34:13:     from ... argument (slice-literal-element) at ./eval_order2.go:34:13
./eval_order2.go:34:13:   flow: {heap} = {storage for ... argument}:
./eval_order2.go:34:13:     from ... argument (spill) at ./eval_order2.go:34:13
./eval_order2.go:34:13:     from fmt.Println(... argument...) (call parameter) at ./eval_order2.go:34:13
./eval_order2.go:30:13: log escapes to heap:
./eval_order2.go:30:13:   flow: {storage for ... argument} = &{storage for log}:
./eval_order2.go:30:13:     from log (spill) at ./eval_order2.go:30:13
./eval_order2.go:30:13:     from ... argument (slice-literal-element) at ./eval_order2.go:30:13
./eval_order2.go:30:13:   flow: {heap} = {storage for ... argument}:
./eval_order2.go:30:13:     from ... argument (spill) at ./eval_order2.go:30:13
./eval_order2.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./eval_order2.go:30:13
./eval_order2.go:30:13: x escapes to heap:
./eval_order2.go:30:13:   flow: {storage for ... argument} = &{storage for x}:
./eval_order2.go:30:13:     from x (spill) at ./eval_order2.go:30:13
./eval_order2.go:30:13:     from ... argument (slice-literal-element) at ./eval_order2.go:30:13
./eval_order2.go:30:13:   flow: {heap} = {storage for ... argument}:
./eval_order2.go:30:13:     from ... argument (spill) at ./eval_order2.go:30:13
./eval_order2.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./eval_order2.go:30:13
./eval_order2.go:27:13: log escapes to heap:
./eval_order2.go:27:13:   flow: {storage for ... argument} = &{storage for log}:
./eval_order2.go:27:13:     from log (spill) at ./eval_order2.go:27:13
./eval_order2.go:27:13:     from ... argument (slice-literal-element) at ./eval_order2.go:27:13
./eval_order2.go:27:13:   flow: {heap} = {storage for ... argument}:
./eval_order2.go:27:13:     from ... argument (spill) at ./eval_order2.go:27:13
./eval_order2.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./eval_order2.go:27:13
./eval_order2.go:27:13: arr escapes to heap:
./eval_order2.go:27:13:   flow: {storage for ... argument} = &{storage for arr}:
./eval_order2.go:27:13:     from arr (spill) at ./eval_order2.go:27:13
./eval_order2.go:27:13:     from ... argument (slice-literal-element) at ./eval_order2.go:27:13
./eval_order2.go:27:13:   flow: {heap} = {storage for ... argument}:
./eval_order2.go:27:13:     from ... argument (spill) at ./eval_order2.go:27:13
./eval_order2.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./eval_order2.go:27:13
./eval_order2.go:25:14: []int{...} escapes to heap:
./eval_order2.go:25:14:   flow: arr = &{storage for []int{...}}:
./eval_order2.go:25:14:     from []int{...} (spill) at ./eval_order2.go:25:14
./eval_order2.go:25:14:     from arr := []int{...} (assign) at ./eval_order2.go:25:6
./eval_order2.go:25:14:   flow: {storage for arr} = arr:
./eval_order2.go:25:14:     from arr (interface-converted) at ./eval_order2.go:49:13
./eval_order2.go:41:12: []int{...} escapes to heap:
./eval_order2.go:41:12:   flow: v = &{storage for []int{...}}:
./eval_order2.go:41:12:     from []int{...} (spill) at ./eval_order2.go:41:12
./eval_order2.go:41:12:     from v := []int{...} (assign) at ./eval_order2.go:41:4
./eval_order2.go:41:12:   flow: {storage for v} = v:
./eval_order2.go:41:12:     from v (interface-converted) at ./eval_order2.go:42:13
./eval_order2.go:25:14: []int{...} escapes to heap
./eval_order2.go:27:13: ... argument does not escape
./eval_order2.go:27:13: arr escapes to heap
./eval_order2.go:27:13: log escapes to heap
./eval_order2.go:30:13: ... argument does not escape
./eval_order2.go:30:13: x escapes to heap
./eval_order2.go:30:13: log escapes to heap
./eval_order2.go:34:13: ... argument does not escape
./eval_order2.go:34:13: s escapes to heap
./eval_order2.go:34:13: log escapes to heap
./eval_order2.go:37:13: ... argument does not escape
./eval_order2.go:37:13: log escapes to heap
./eval_order2.go:39:13: ... argument does not escape
./eval_order2.go:39:15: t("A", 1) escapes to heap
./eval_order2.go:39:26: t("B", 2) escapes to heap
./eval_order2.go:39:26: log escapes to heap
./eval_order2.go:41:12: []int{...} escapes to heap
./eval_order2.go:42:13: ... argument does not escape
./eval_order2.go:42:13: v escapes to heap
./eval_order2.go:42:13: log escapes to heap
./eval_order2.go:45:13: ... argument does not escape
./eval_order2.go:45:13: p escapes to heap
./eval_order2.go:45:13: log escapes to heap
./eval_order2.go:49:13: ... argument does not escape
./eval_order2.go:49:13: i escapes to heap
./eval_order2.go:49:13: arr escapes to heap
./eval_order2.go:51:14: ... argument does not escape
./eval_order2.go:51:15: "cond" escapes to heap
./eval_order2.go:51:15: log escapes to heap
./eval_order2.go:58:13: ... argument does not escape
./eval_order2.go:58:13: cnt escapes to heap
./eval_order2.go:58:13: log escapes to heap
