./swaps.go:21:13: main ignoring self-assignment in s[i], s[j] = s[j], s[i]
./swaps.go:21:13: main ignoring self-assignment in s[i], s[j] = s[j], s[i]
./swaps.go:25:19: main ignoring self-assignment in s[1], s[2], s[3] = s[3], s[1], s[2]
./swaps.go:25:19: main ignoring self-assignment in s[1], s[2], s[3] = s[3], s[1], s[2]
./swaps.go:25:19: main ignoring self-assignment in s[1], s[2], s[3] = s[3], s[1], s[2]
./swaps.go:28:11: main ignoring self-assignment in t.x, t.y = t.y, t.x
./swaps.go:28:11: main ignoring self-assignment in t.x, t.y = t.y, t.x
./swaps.go:29:21: main ignoring self-assignment in t.arr[0], t.arr[2] = t.arr[2], t.arr[0]
./swaps.go:29:21: main ignoring self-assignment in t.arr[0], t.arr[2] = t.arr[2], t.arr[0]
./swaps.go:38:25: main ignoring self-assignment in arr[0], arr[1], arr[2] = arr[2], arr[0], arr[1]
./swaps.go:38:25: main ignoring self-assignment in arr[0], arr[1], arr[2] = arr[2], arr[0], arr[1]
./swaps.go:38:25: main ignoring self-assignment in arr[0], arr[1], arr[2] = arr[2], arr[0], arr[1]
./swaps.go:53:13: w escapes to heap:
./swaps.go:53:13:   flow: {storage for ... argument} = &{storage for w}:
./swaps.go:53:13:     from w (spill) at ./swaps.go:53:13
./swaps.go:53:13:     from ... argument (slice-literal-element) at ./swaps.go:53:13
./swaps.go:53:13:   flow: {heap} = {storage for ... argument}:
./swaps.go:53:13:     from ... argument (spill) at ./swaps.go:53:13
./swaps.go:53:13:     from fmt.Println(... argument...) (call parameter) at ./swaps.go:53:13
./swaps.go:51:13: n escapes to heap:
./swaps.go:51:13:   flow: {storage for ... argument} = &{storage for n}:
./swaps.go:51:13:     from n (spill) at ./swaps.go:51:13
./swaps.go:51:13:     from ... argument (slice-literal-element) at ./swaps.go:51:13
./swaps.go:51:13:   flow: {heap} = {storage for ... argument}:
./swaps.go:51:13:     from ... argument (spill) at ./swaps.go:51:13
./swaps.go:51:13:     from fmt.Println(... argument...) (call parameter) at ./swaps.go:51:13
./swaps.go:51:13: m escapes to heap:
./swaps.go:51:13:   flow: {storage for ... argument} = &{storage for m}:
./swaps.go:51:13:     from m (spill) at ./swaps.go:51:13
./swaps.go:51:13:     from ... argument (slice-literal-element) at ./swaps.go:51:13
./swaps.go:51:13:   flow: {heap} = {storage for ... argument}:
./swaps.go:51:13:     from ... argument (spill) at ./swaps.go:51:13
./swaps.go:51:13:     from fmt.Println(... argument...) (call parameter) at ./swaps.go:51:13
./swaps.go:48:17: *q escapes to heap:
./swaps.go:48:17:   flow: {storage for ... argument} = &{storage for *q}:
./swaps.go:48:17:     from *q (spill) at ./swaps.go:48:17
./swaps.go:48:17:     from ... argument (slice-literal-element) at ./swaps.go:48:13
./swaps.go:48:17:   flow: {heap} = {storage for ... argument}:
./swaps.go:48:17:     from ... argument (spill) at ./swaps.go:48:13
./swaps.go:48:17:     from fmt.Println(... argument...) (call parameter) at ./swaps.go:48:13
./swaps.go:48:13: a escapes to heap:
./swaps.go:48:13:   flow: {storage for ... argument} = &{storage for a}:
./swaps.go:48:13:     from a (spill) at ./swaps.go:48:13
./swaps.go:48:13:     from ... argument (slice-literal-element) at ./swaps.go:48:13
./swaps.go:48:13:   flow: {heap} = {storage for ... argument}:
./swaps.go:48:13:     from ... argument (spill) at ./swaps.go:48:13
./swaps.go:48:13:     from fmt.Println(... argument...) (call parameter) at ./swaps.go:48:13
./swaps.go:45:13: s escapes to heap:
./swaps.go:45:13:   flow: {storage for ... argument} = &{storage for s}:
./swaps.go:45:13:     from s (spill) at ./swaps.go:45:13
./swaps.go:45:13:     from ... argument (slice-literal-element) at ./swaps.go:45:13
./swaps.go:45:13:   flow: {heap} = {storage for ... argument}:
./swaps.go:45:13:     from ... argument (spill) at ./swaps.go:45:13
./swaps.go:45:13:     from fmt.Println(... argument...) (call parameter) at ./swaps.go:45:13
./swaps.go:45:13: k escapes to heap:
./swaps.go:45:13:   flow: {storage for ... argument} = &{storage for k}:
./swaps.go:45:13:     from k (spill) at ./swaps.go:45:13
./swaps.go:45:13:     from ... argument (slice-literal-element) at ./swaps.go:45:13
./swaps.go:45:13:   flow: {heap} = {storage for ... argument}:
./swaps.go:45:13:     from ... argument (spill) at ./swaps.go:45:13
./swaps.go:45:13:     from fmt.Println(... argument...) (call parameter) at ./swaps.go:45:13
./swaps.go:42:13: y escapes to heap:
./swaps.go:42:13:   flow: {storage for ... argument} = &{storage for y}:
./swaps.go:42:13:     from y (spill) at ./swaps.go:42:13
./swaps.go:42:13:     from ... argument (slice-literal-element) at ./swaps.go:42:13
./swaps.go:42:13:   flow: {heap} = {storage for ... argument}:
./swaps.go:42:13:     from ... argument (spill) at ./swaps.go:42:13
./swaps.go:42:13:     from fmt.Println(... argument...) (call parameter) at ./swaps.go:42:13
./swaps.go:42:13: x escapes to heap:
./swaps.go:42:13:   flow: {storage for ... argument} = &{storage for x}:
./swaps.go:42:13:     from x (spill) at ./swaps.go:42:13
./swaps.go:42:13:     from ... argument (slice-literal-element) at ./swaps.go:42:13
./swaps.go:42:13:   flow: {heap} = {storage for ... argument}:
./swaps.go:42:13:     from ... argument (spill) at ./swaps.go:42:13
./swaps.go:42:13:     from fmt.Println(... argument...) (call parameter) at ./swaps.go:42:13
./swaps.go:39:13: arr escapes to heap:
./swaps.go:39:13:   flow: {storage for ... argument} = &{storage for arr}:
./swaps.go:39:13:     from arr (spill) at ./swaps.go:39:13
./swaps.go:39:13:     from ... argument (slice-literal-element) at ./swaps.go:39:13
./swaps.go:39:13:   flow: {heap} = {storage for ... argument}:
./swaps.go:39:13:     from ... argument (spill) at ./swaps.go:39:13
./swaps.go:39:13:     from fmt.Println(... argument...) (call parameter) at ./swaps.go:39:13
./swaps.go:36:20: v.x escapes to heap:
./swaps.go:36:20:   flow: {storage for ... argument} = &{storage for v.x}:
./swaps.go:36:20:     from v.x (spill) at ./swaps.go:36:20
./swaps.go:36:20:     from ... argument (slice-literal-element) at ./swaps.go:36:13
./swaps.go:36:20:   flow: {heap} = {storage for ... argument}:
./swaps.go:36:20:     from ... argument (spill) at ./swaps.go:36:13
./swaps.go:36:20:     from fmt.Println(... argument...) (call parameter) at ./swaps.go:36:13
./swaps.go:36:15: u.x escapes to heap:
./swaps.go:36:15:   flow: {storage for ... argument} = &{storage for u.x}:
./swaps.go:36:15:     from u.x (spill) at ./swaps.go:36:15
./swaps.go:36:15:     from ... argument (slice-literal-element) at ./swaps.go:36:13
./swaps.go:36:15:   flow: {heap} = {storage for ... argument}:
./swaps.go:36:15:     from ... argument (spill) at ./swaps.go:36:13
./swaps.go:36:15:     from fmt.Println(... argument...) (call parameter) at ./swaps.go:36:13
./swaps.go:33:13: t escapes to heap:
./swaps.go:33:13:   flow: {storage for ... argument} = &{storage for t}:
./swaps.go:33:13:     from t (spill) at ./swaps.go:33:13
./swaps.go:33:13:     from ... argument (slice-literal-element) at ./swaps.go:33:13
./swaps.go:33:13:   flow: {heap} = {storage for ... argument}:
./swaps.go:33:13:     from ... argument (spill) at ./swaps.go:33:13
./swaps.go:33:13:     from fmt.Println(... argument...) (call parameter) at ./swaps.go:33:13
./swaps.go:30:13: t escapes to heap:
./swaps.go:30:13:   flow: {storage for ... argument} = &{storage for t}:
./swaps.go:30:13:     from t (spill) at ./swaps.go:30:13
./swaps.go:30:13:     from ... argument (slice-literal-element) at ./swaps.go:30:13
./swaps.go:30:13:   flow: {heap} = {storage for ... argument}:
./swaps.go:30:13:     from ... argument (spill) at ./swaps.go:30:13
./swaps.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./swaps.go:30:13
./swaps.go:26:13: s escapes to heap:
./swaps.go:26:13:   flow: {storage for ... argument} = &{storage for s}:
./swaps.go:26:13:     from s (spill) at ./swaps.go:26:13
./swaps.go:26:13:     from ... argument (slice-literal-element) at ./swaps.go:26:13
./swaps.go:26:13:   flow: {heap} = {storage for ... argument}:
./swaps.go:26:13:     from ... argument (spill) at ./swaps.go:26:13
./swaps.go:26:13:     from fmt.Println(... argument...) (call parameter) at ./swaps.go:26:13
./swaps.go:24:13: s escapes to heap:
./swaps.go:24:13:   flow: {storage for ... argument} = &{storage for s}:
./swaps.go:24:13:     from s (spill) at ./swaps.go:24:13
./swaps.go:24:13:     from ... argument (slice-literal-element) at ./swaps.go:24:13
./swaps.go:24:13:   flow: {heap} = {storage for ... argument}:
./swaps.go:24:13:     from ... argument (spill) at ./swaps.go:24:13
./swaps.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./swaps.go:24:13
./swaps.go:24:13: i escapes to heap:
./swaps.go:24:13:   flow: {storage for ... argument} = &{storage for i}:
./swaps.go:24:13:     from i (spill) at ./swaps.go:24:13
./swaps.go:24:13:     from ... argument (slice-literal-element) at ./swaps.go:24:13
./swaps.go:24:13:   flow: {heap} = {storage for ... argument}:
./swaps.go:24:13:     from ... argument (spill) at ./swaps.go:24:13
./swaps.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./swaps.go:24:13
./swaps.go:22:13: s escapes to heap:
./swaps.go:22:13:   flow: {storage for ... argument} = &{storage for s}:
./swaps.go:22:13:     from s (spill) at ./swaps.go:22:13
./swaps.go:22:13:     from ... argument (slice-literal-element) at ./swaps.go:22:13
./swaps.go:22:13:   flow: {heap} = {storage for ... argument}:
./swaps.go:22:13:     from ... argument (spill) at ./swaps.go:22:13
./swaps.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./swaps.go:22:13
./swaps.go:18:13: c escapes to heap:
./swaps.go:18:13:   flow: {storage for ... argument} = &{storage for c}:
./swaps.go:18:13:     from c (spill) at ./swaps.go:18:13
./swaps.go:18:13:     from ... argument (slice-literal-element) at ./swaps.go:18:13
./swaps.go:18:13:   flow: {heap} = {storage for ... argument}:
./swaps.go:18:13:     from ... argument (spill) at ./swaps.go:18:13
./swaps.go:18:13:     from fmt.Println(... argument...) (call parameter) at ./swaps.go:18:13
./swaps.go:18:13: b escapes to heap:
./swaps.go:18:13:   flow: {storage for ... argument} = &{storage for b}:
./swaps.go:18:13:     from b (spill) at ./swaps.go:18:13
./swaps.go:18:13:     from ... argument (slice-literal-element) at ./swaps.go:18:13
./swaps.go:18:13:   flow: {heap} = {storage for ... argument}:
./swaps.go:18:13:     from ... argument (spill) at ./swaps.go:18:13
./swaps.go:18:13:     from fmt.Println(... argument...) (call parameter) at ./swaps.go:18:13
./swaps.go:18:13: a escapes to heap:
./swaps.go:18:13:   flow: {storage for ... argument} = &{storage for a}:
./swaps.go:18:13:     from a (spill) at ./swaps.go:18:13
./swaps.go:18:13:     from ... argument (slice-literal-element) at ./swaps.go:18:13
./swaps.go:18:13:   flow: {heap} = {storage for ... argument}:
./swaps.go:18:13:     from ... argument (spill) at ./swaps.go:18:13
./swaps.go:18:13:     from fmt.Println(... argument...) (call parameter) at ./swaps.go:18:13
./swaps.go:15:13: b escapes to heap:
./swaps.go:15:13:   flow: {storage for ... argument} = &{storage for b}:
./swaps.go:15:13:     from b (spill) at ./swaps.go:15:13
./swaps.go:15:13:     from ... argument (slice-literal-element) at ./swaps.go:15:13
./swaps.go:15:13:   flow: {heap} = {storage for ... argument}:
./swaps.go:15:13:     from ... argument (spill) at ./swaps.go:15:13
./swaps.go:15:13:     from fmt.Println(... argument...) (call parameter) at ./swaps.go:15:13
./swaps.go:15:13: a escapes to heap:
./swaps.go:15:13:   flow: {storage for ... argument} = &{storage for a}:
./swaps.go:15:13:     from a (spill) at ./swaps.go:15:13
./swaps.go:15:13:     from ... argument (slice-literal-element) at ./swaps.go:15:13
./swaps.go:15:13:   flow: {heap} = {storage for ... argument}:
./swaps.go:15:13:     from ... argument (spill) at ./swaps.go:15:13
./swaps.go:15:13:     from fmt.Println(... argument...) (call parameter) at ./swaps.go:15:13
./swaps.go:19:12: []int{...} escapes to heap:
./swaps.go:19:12:   flow: s = &{storage for []int{...}}:
./swaps.go:19:12:     from []int{...} (spill) at ./swaps.go:19:12
./swaps.go:19:12:     from s := []int{...} (assign) at ./swaps.go:19:4
./swaps.go:19:12:   flow: {storage for s} = s:
./swaps.go:19:12:     from s (interface-converted) at ./swaps.go:45:13
./swaps.go:15:13: ... argument does not escape
./swaps.go:15:13: a escapes to heap
./swaps.go:15:13: b escapes to heap
./swaps.go:18:13: ... argument does not escape
./swaps.go:18:13: a escapes to heap
./swaps.go:18:13: b escapes to heap
./swaps.go:18:13: c escapes to heap
./swaps.go:19:12: []int{...} escapes to heap
./swaps.go:22:13: ... argument does not escape
./swaps.go:22:13: s escapes to heap
./swaps.go:24:13: ... argument does not escape
./swaps.go:24:13: i escapes to heap
./swaps.go:24:13: s escapes to heap
./swaps.go:26:13: ... argument does not escape
./swaps.go:26:13: s escapes to heap
./swaps.go:30:13: ... argument does not escape
./swaps.go:30:13: t escapes to heap
./swaps.go:33:13: ... argument does not escape
./swaps.go:33:13: t escapes to heap
./swaps.go:36:13: ... argument does not escape
./swaps.go:36:15: u.x escapes to heap
./swaps.go:36:20: v.x escapes to heap
./swaps.go:39:13: ... argument does not escape
./swaps.go:39:13: arr escapes to heap
./swaps.go:42:13: ... argument does not escape
./swaps.go:42:13: x escapes to heap
./swaps.go:42:13: y escapes to heap
./swaps.go:45:13: ... argument does not escape
./swaps.go:45:13: k escapes to heap
./swaps.go:45:13: s escapes to heap
./swaps.go:48:13: ... argument does not escape
./swaps.go:48:13: a escapes to heap
./swaps.go:48:17: *q escapes to heap
./swaps.go:51:13: ... argument does not escape
./swaps.go:51:13: m escapes to heap
./swaps.go:51:13: n escapes to heap
./swaps.go:53:13: ... argument does not escape
./swaps.go:53:13: w escapes to heap
