./range_eval_once.go:61:13: x escapes to heap:
./range_eval_once.go:61:13:   flow: {storage for ... argument} = &{storage for x}:
./range_eval_once.go:61:13:     from x (spill) at ./range_eval_once.go:61:13
./range_eval_once.go:61:13:     from ... argument (slice-literal-element) at ./range_eval_once.go:61:13
./range_eval_once.go:61:13:   flow: {heap} = {storage for ... argument}:
./range_eval_once.go:61:13:     from ... argument (spill) at ./range_eval_once.go:61:13
./range_eval_once.go:61:13:     from fmt.Println(... argument...) (call parameter) at ./range_eval_once.go:61:13
./range_eval_once.go:61:13: v escapes to heap:
./range_eval_once.go:61:13:   flow: {storage for ... argument} = &{storage for v}:
./range_eval_once.go:61:13:     from v (spill) at ./range_eval_once.go:61:13
./range_eval_once.go:61:13:     from ... argument (slice-literal-element) at ./range_eval_once.go:61:13
./range_eval_once.go:61:13:   flow: {heap} = {storage for ... argument}:
./range_eval_once.go:61:13:     from ... argument (spill) at ./range_eval_once.go:61:13
./range_eval_once.go:61:13:     from fmt.Println(... argument...) (call parameter) at ./range_eval_once.go:61:13
./range_eval_once.go:61:13: i escapes to heap:
./range_eval_once.go:61:13:   flow: {storage for ... argument} = &{storage for i}:
./range_eval_once.go:61:13:     from i (spill) at ./range_eval_once.go:61:13
./range_eval_once.go:61:13:     from ... argument (slice-literal-element) at ./range_eval_once.go:61:13
./range_eval_once.go:61:13:   flow: {heap} = {storage for ... argument}:
./range_eval_once.go:61:13:     from ... argument (spill) at ./range_eval_once.go:61:13
./range_eval_once.go:61:13:     from fmt.Println(... argument...) (call parameter) at ./range_eval_once.go:61:13
./range_eval_once.go:53:12: i escapes to heap:
./range_eval_once.go:53:12:   flow: {storage for ... argument} = &{storage for i}:
./range_eval_once.go:53:12:     from i (spill) at ./range_eval_once.go:53:12
./range_eval_once.go:53:12:     from ... argument (slice-literal-element) at ./range_eval_once.go:53:12
./range_eval_once.go:53:12:   flow: {heap} = {storage for ... argument}:
./range_eval_once.go:53:12:     from ... argument (spill) at ./range_eval_once.go:53:12
./range_eval_once.go:53:12:     from fmt.Print(... argument...) (call parameter) at ./range_eval_once.go:53:12
./range_eval_once.go:48:19: " " escapes to heap:
./range_eval_once.go:48:19:   flow: {storage for ... argument} = &{storage for " "}:
./range_eval_once.go:48:19:     from " " (spill) at ./range_eval_once.go:48:19
./range_eval_once.go:48:19:     from ... argument (slice-literal-element) at ./range_eval_once.go:48:12
./range_eval_once.go:48:19:   flow: {heap} = {storage for ... argument}:
./range_eval_once.go:48:19:     from ... argument (spill) at ./range_eval_once.go:48:12
./range_eval_once.go:48:19:     from fmt.Print(... argument...) (call parameter) at ./range_eval_once.go:48:12
./range_eval_once.go:48:12: n escapes to heap:
./range_eval_once.go:48:12:   flow: {storage for ... argument} = &{storage for n}:
./range_eval_once.go:48:12:     from n (spill) at ./range_eval_once.go:48:12
./range_eval_once.go:48:12:     from ... argument (slice-literal-element) at ./range_eval_once.go:48:12
./range_eval_once.go:48:12:   flow: {heap} = {storage for ... argument}:
./range_eval_once.go:48:12:     from ... argument (spill) at ./range_eval_once.go:48:12
./range_eval_once.go:48:12:     from fmt.Print(... argument...) (call parameter) at ./range_eval_once.go:48:12
./range_eval_once.go:48:12: i escapes to heap:
./range_eval_once.go:48:12:   flow: {storage for ... argument} = &{storage for i}:
./range_eval_once.go:48:12:     from i (spill) at ./range_eval_once.go:48:12
./range_eval_once.go:48:12:     from ... argument (slice-literal-element) at ./range_eval_once.go:48:12
./range_eval_once.go:48:12:   flow: {heap} = {storage for ... argument}:
./range_eval_once.go:48:12:     from ... argument (spill) at ./range_eval_once.go:48:12
./range_eval_once.go:48:12:     from fmt.Print(... argument...) (call parameter) at ./range_eval_once.go:48:12
./range_eval_once.go:44:17: len(sl) escapes to heap:
./range_eval_once.go:44:17:   flow: {storage for ... argument} = &{storage for len(sl)}:
./range_eval_once.go:44:17:     from len(sl) (spill) at ./range_eval_once.go:44:17
./range_eval_once.go:44:17:     from ... argument (slice-literal-element) at ./range_eval_once.go:44:13
./range_eval_once.go:44:17:   flow: {heap} = {storage for ... argument}:
./range_eval_once.go:44:17:     from ... argument (spill) at ./range_eval_once.go:44:13
./range_eval_once.go:44:17:     from fmt.Println(... argument...) (call parameter) at ./range_eval_once.go:44:13
./range_eval_once.go:42:16: " " escapes to heap:
./range_eval_once.go:42:16:   flow: {storage for ... argument} = &{storage for " "}:
./range_eval_once.go:42:16:     from " " (spill) at ./range_eval_once.go:42:16
./range_eval_once.go:42:16:     from ... argument (slice-literal-element) at ./range_eval_once.go:42:12
./range_eval_once.go:42:16:   flow: {heap} = {storage for ... argument}:
./range_eval_once.go:42:16:     from ... argument (spill) at ./range_eval_once.go:42:12
./range_eval_once.go:42:16:     from fmt.Print(... argument...) (call parameter) at ./range_eval_once.go:42:12
./range_eval_once.go:42:12: i escapes to heap:
./range_eval_once.go:42:12:   flow: {storage for ... argument} = &{storage for i}:
./range_eval_once.go:42:12:     from i (spill) at ./range_eval_once.go:42:12
./range_eval_once.go:42:12:     from ... argument (slice-literal-element) at ./range_eval_once.go:42:12
./range_eval_once.go:42:12:   flow: {heap} = {storage for ... argument}:
./range_eval_once.go:42:12:     from ... argument (spill) at ./range_eval_once.go:42:12
./range_eval_once.go:42:12:     from fmt.Print(... argument...) (call parameter) at ./range_eval_once.go:42:12
./range_eval_once.go:36:16: " " escapes to heap:
./range_eval_once.go:36:16:   flow: {storage for ... argument} = &{storage for " "}:
./range_eval_once.go:36:16:     from " " (spill) at ./range_eval_once.go:36:16
./range_eval_once.go:36:16:     from ... argument (slice-literal-element) at ./range_eval_once.go:36:12
./range_eval_once.go:36:16:   flow: {heap} = {storage for ... argument}:
./range_eval_once.go:36:16:     from ... argument (spill) at ./range_eval_once.go:36:12
./range_eval_once.go:36:16:     from fmt.Print(... argument...) (call parameter) at ./range_eval_once.go:36:12
./range_eval_once.go:36:12: v escapes to heap:
./range_eval_once.go:36:12:   flow: {storage for ... argument} = &{storage for v}:
./range_eval_once.go:36:12:     from v (spill) at ./range_eval_once.go:36:12
./range_eval_once.go:36:12:     from ... argument (slice-literal-element) at ./range_eval_once.go:36:12
./range_eval_once.go:36:12:   flow: {heap} = {storage for ... argument}:
./range_eval_once.go:36:12:     from ... argument (spill) at ./range_eval_once.go:36:12
./range_eval_once.go:36:12:     from fmt.Print(... argument...) (call parameter) at ./range_eval_once.go:36:12
./range_eval_once.go:30:13: calls escapes to heap:
./range_eval_once.go:30:13:   flow: {storage for ... argument} = &{storage for calls}:
./range_eval_once.go:30:13:     from calls (spill) at ./range_eval_once.go:30:13
./range_eval_once.go:30:13:     from ... argument (slice-literal-element) at ./range_eval_once.go:30:13
./range_eval_once.go:30:13:   flow: {heap} = {storage for ... argument}:
./range_eval_once.go:30:13:     from ... argument (spill) at ./range_eval_once.go:30:13
./range_eval_once.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./range_eval_once.go:30:13
./range_eval_once.go:28:19: " " escapes to heap:
./range_eval_once.go:28:19:   flow: {storage for ... argument} = &{storage for " "}:
./range_eval_once.go:28:19:     from " " (spill) at ./range_eval_once.go:28:19
./range_eval_once.go:28:19:     from ... argument (slice-literal-element) at ./range_eval_once.go:28:12
./range_eval_once.go:28:19:   flow: {heap} = {storage for ... argument}:
./range_eval_once.go:28:19:     from ... argument (spill) at ./range_eval_once.go:28:12
./range_eval_once.go:28:19:     from fmt.Print(... argument...) (call parameter) at ./range_eval_once.go:28:12
./range_eval_once.go:28:12: v escapes to heap:
./range_eval_once.go:28:12:   flow: {storage for ... argument} = &{storage for v}:
./range_eval_once.go:28:12:     from v (spill) at ./range_eval_once.go:28:12
./range_eval_once.go:28:12:     from ... argument (slice-literal-element) at ./range_eval_once.go:28:12
./range_eval_once.go:28:12:   flow: {heap} = {storage for ... argument}:
./range_eval_once.go:28:12:     from ... argument (spill) at ./range_eval_once.go:28:12
./range_eval_once.go:28:12:     from fmt.Print(... argument...) (call parameter) at ./range_eval_once.go:28:12
./range_eval_once.go:28:12: i escapes to heap:
./range_eval_once.go:28:12:   flow: {storage for ... argument} = &{storage for i}:
./range_eval_once.go:28:12:     from i (spill) at ./range_eval_once.go:28:12
./range_eval_once.go:28:12:     from ... argument (slice-literal-element) at ./range_eval_once.go:28:12
./range_eval_once.go:28:12:   flow: {heap} = {storage for ... argument}:
./range_eval_once.go:28:12:     from ... argument (spill) at ./range_eval_once.go:28:12
./range_eval_once.go:28:12:     from fmt.Print(... argument...) (call parameter) at ./range_eval_once.go:28:12
./range_eval_once.go:26:13: calls escapes to heap:
./range_eval_once.go:26:13:   flow: {storage for ... argument} = &{storage for calls}:
./range_eval_once.go:26:13:     from calls (spill) at ./range_eval_once.go:26:13
./range_eval_once.go:26:13:     from ... argument (slice-literal-element) at ./range_eval_once.go:26:13
./range_eval_once.go:26:13:   flow: {heap} = {storage for ... argument}:
./range_eval_once.go:26:13:     from ... argument (spill) at ./range_eval_once.go:26:13
./range_eval_once.go:26:13:     from fmt.Println(... argument...) (call parameter) at ./range_eval_once.go:26:13
./range_eval_once.go:24:19: " " escapes to heap:
./range_eval_once.go:24:19:   flow: {storage for ... argument} = &{storage for " "}:
./range_eval_once.go:24:19:     from " " (spill) at ./range_eval_once.go:24:19
./range_eval_once.go:24:19:     from ... argument (slice-literal-element) at ./range_eval_once.go:24:12
./range_eval_once.go:24:19:   flow: {heap} = {storage for ... argument}:
./range_eval_once.go:24:19:     from ... argument (spill) at ./range_eval_once.go:24:12
./range_eval_once.go:24:19:     from fmt.Print(... argument...) (call parameter) at ./range_eval_once.go:24:12
./range_eval_once.go:24:12: r escapes to heap:
./range_eval_once.go:24:12:   flow: {storage for ... argument} = &{storage for r}:
./range_eval_once.go:24:12:     from r (spill) at ./range_eval_once.go:24:12
./range_eval_once.go:24:12:     from ... argument (slice-literal-element) at ./range_eval_once.go:24:12
./range_eval_once.go:24:12:   flow: {heap} = {storage for ... argument}:
./range_eval_once.go:24:12:     from ... argument (spill) at ./range_eval_once.go:24:12
./range_eval_once.go:24:12:     from fmt.Print(... argument...) (call parameter) at ./range_eval_once.go:24:12
./range_eval_once.go:24:12: i escapes to heap:
./range_eval_once.go:24:12:   flow: {storage for ... argument} = &{storage for i}:
./range_eval_once.go:24:12:     from i (spill) at ./range_eval_once.go:24:12
./range_eval_once.go:24:12:     from ... argument (slice-literal-element) at ./range_eval_once.go:24:12
./range_eval_once.go:24:12:   flow: {heap} = {storage for ... argument}:
./range_eval_once.go:24:12:     from ... argument (spill) at ./range_eval_once.go:24:12
./range_eval_once.go:24:12:     from fmt.Print(... argument...) (call parameter) at ./range_eval_once.go:24:12
./range_eval_once.go:21:24: len(s) escapes to heap:
./range_eval_once.go:21:24:   flow: {storage for ... argument} = &{storage for len(s)}:
./range_eval_once.go:21:24:     from len(s) (spill) at ./range_eval_once.go:21:24
./range_eval_once.go:21:24:     from ... argument (slice-literal-element) at ./range_eval_once.go:21:14
./range_eval_once.go:21:24:   flow: {heap} = {storage for ... argument}:
./range_eval_once.go:21:24:     from ... argument (spill) at ./range_eval_once.go:21:14
./range_eval_once.go:21:24:     from fmt.Println(... argument...) (call parameter) at ./range_eval_once.go:21:14
./range_eval_once.go:21:14: r escapes to heap:
./range_eval_once.go:21:14:   flow: {storage for ... argument} = &{storage for r}:
./range_eval_once.go:21:14:     from r (spill) at ./range_eval_once.go:21:14
./range_eval_once.go:21:14:     from ... argument (slice-literal-element) at ./range_eval_once.go:21:14
./range_eval_once.go:21:14:   flow: {heap} = {storage for ... argument}:
./range_eval_once.go:21:14:     from ... argument (spill) at ./range_eval_once.go:21:14
./range_eval_once.go:21:14:     from fmt.Println(... argument...) (call parameter) at ./range_eval_once.go:21:14
./range_eval_once.go:21:14: i escapes to heap:
./range_eval_once.go:21:14:   flow: {storage for ... argument} = &{storage for i}:
./range_eval_once.go:21:14:     from i (spill) at ./range_eval_once.go:21:14
./range_eval_once.go:21:14:     from ... argument (slice-literal-element) at ./range_eval_once.go:21:14
./range_eval_once.go:21:14:   flow: {heap} = {storage for ... argument}:
./range_eval_once.go:21:14:     from ... argument (spill) at ./range_eval_once.go:21:14
./range_eval_once.go:21:14:     from fmt.Println(... argument...) (call parameter) at ./range_eval_once.go:21:14
./range_eval_once.go:56:12: []int{...} escapes to heap:
./range_eval_once.go:56:12:   flow: x = &{storage for []int{...}}:
./range_eval_once.go:56:12:     from []int{...} (spill) at ./range_eval_once.go:56:12
./range_eval_once.go:56:12:     from x := []int{...} (assign) at ./range_eval_once.go:56:4
./range_eval_once.go:56:12:   flow: {storage for x} = x:
./range_eval_once.go:56:12:     from x (interface-converted) at ./range_eval_once.go:61:13
./range_eval_once.go:21:14: ... argument does not escape
./range_eval_once.go:21:14: i escapes to heap
./range_eval_once.go:21:14: r escapes to heap
./range_eval_once.go:21:24: len(s) escapes to heap
./range_eval_once.go:24:12: ... argument does not escape
./range_eval_once.go:24:12: i escapes to heap
./range_eval_once.go:24:12: r escapes to heap
./range_eval_once.go:24:19: " " escapes to heap
./range_eval_once.go:26:13: ... argument does not escape
./range_eval_once.go:26:13: calls escapes to heap
./range_eval_once.go:28:12: ... argument does not escape
./range_eval_once.go:28:12: i escapes to heap
./range_eval_once.go:28:12: v escapes to heap
./range_eval_once.go:28:19: " " escapes to heap
./range_eval_once.go:30:13: ... argument does not escape
./range_eval_once.go:30:13: calls escapes to heap
./range_eval_once.go:36:12: ... argument does not escape
./range_eval_once.go:36:12: v escapes to heap
./range_eval_once.go:36:16: " " escapes to heap
./range_eval_once.go:39:13: []int{...} does not escape
./range_eval_once.go:42:12: ... argument does not escape
./range_eval_once.go:42:12: i escapes to heap
./range_eval_once.go:42:16: " " escapes to heap
./range_eval_once.go:44:13: ... argument does not escape
./range_eval_once.go:44:17: len(sl) escapes to heap
./range_eval_once.go:48:12: ... argument does not escape
./range_eval_once.go:48:12: i escapes to heap
./range_eval_once.go:48:12: n escapes to heap
./range_eval_once.go:48:19: " " escapes to heap
./range_eval_once.go:53:12: ... argument does not escape
./range_eval_once.go:53:12: i escapes to heap
./range_eval_once.go:56:12: []int{...} escapes to heap
./range_eval_once.go:61:13: ... argument does not escape
./range_eval_once.go:61:13: i escapes to heap
./range_eval_once.go:61:13: v escapes to heap
./range_eval_once.go:61:13: x escapes to heap
