./append_alias.go:10:13: parameter s leaks to ~r0 with derefs=0:
./append_alias.go:10:13:   flow: ~r0 = s:
./append_alias.go:10:13:     from s[:i] (slice) at ./append_alias.go:11:17
./append_alias.go:10:13:     from append(s[:i], s[i + 1:]...) (call parameter) at ./append_alias.go:11:15
./append_alias.go:10:13:     from return append(s[:i], s[i + 1:]...) (return) at ./append_alias.go:11:2
./append_alias.go:10:13: leaking param: s to result ~r0 level=0
./append_alias.go:14:27: parameter e leaks to {heap} with derefs=0:
./append_alias.go:14:27:   flow: {heap} = e:
./append_alias.go:14:27:     from s[i] = e (assign) at ./append_alias.go:17:7
./append_alias.go:14:13: parameter s leaks to {heap} with derefs=1:
./append_alias.go:14:13:   flow: {heap} = *s:
./append_alias.go:14:13:     from s[i:] (slice) at ./append_alias.go:16:17
./append_alias.go:14:13:     from copy(s[i + 1:], s[i:]) (call parameter) at ./append_alias.go:16:6
./append_alias.go:14:13:     from copy(s[i + 1:], s[i:]) (copied slice) at ./append_alias.go:16:6
./append_alias.go:14:13: parameter s leaks to ~r0 with derefs=0:
./append_alias.go:14:13:   flow: ~r0 = s:
./append_alias.go:14:13:     from return s (return) at ./append_alias.go:18:2
./append_alias.go:14:13: leaking param content: s
./append_alias.go:14:13: leaking param: s to result ~r0 level=0
./append_alias.go:14:27: leaking param: e
./append_alias.go:54:38: cap(bs) escapes to heap:
./append_alias.go:54:38:   flow: {storage for ... argument} = &{storage for cap(bs)}:
./append_alias.go:54:38:     from cap(bs) (spill) at ./append_alias.go:54:38
./append_alias.go:54:38:     from ... argument (slice-literal-element) at ./append_alias.go:54:13
./append_alias.go:54:38:   flow: {heap} = {storage for ... argument}:
./append_alias.go:54:38:     from ... argument (spill) at ./append_alias.go:54:13
./append_alias.go:54:38:     from fmt.Println(... argument...) (call parameter) at ./append_alias.go:54:13
./append_alias.go:54:29: len(bs) escapes to heap:
./append_alias.go:54:29:   flow: {storage for ... argument} = &{storage for len(bs)}:
./append_alias.go:54:29:     from len(bs) (spill) at ./append_alias.go:54:29
./append_alias.go:54:29:     from ... argument (slice-literal-element) at ./append_alias.go:54:13
./append_alias.go:54:29:   flow: {heap} = {storage for ... argument}:
./append_alias.go:54:29:     from ... argument (spill) at ./append_alias.go:54:13
./append_alias.go:54:29:     from fmt.Println(... argument...) (call parameter) at ./append_alias.go:54:13
./append_alias.go:54:20: string(bs) escapes to heap:
./append_alias.go:54:20:   flow: {storage for ... argument} = &{storage for string(bs)}:
./append_alias.go:54:20:     from string(bs) (spill) at ./append_alias.go:54:20
./append_alias.go:54:20:     from ... argument (slice-literal-element) at ./append_alias.go:54:13
./append_alias.go:54:20:   flow: {heap} = {storage for ... argument}:
./append_alias.go:54:20:     from ... argument (spill) at ./append_alias.go:54:13
./append_alias.go:54:20:     from fmt.Println(... argument...) (call parameter) at ./append_alias.go:54:13
./append_alias.go:50:26: cap(st) escapes to heap:
./append_alias.go:50:26:   flow: {storage for ... argument} = &{storage for cap(st)}:
./append_alias.go:50:26:     from cap(st) (spill) at ./append_alias.go:50:26
./append_alias.go:50:26:     from ... argument (slice-literal-element) at ./append_alias.go:50:13
./append_alias.go:50:26:   flow: {heap} = {storage for ... argument}:
./append_alias.go:50:26:     from ... argument (spill) at ./append_alias.go:50:13
./append_alias.go:50:26:     from fmt.Println(... argument...) (call parameter) at ./append_alias.go:50:13
./append_alias.go:50:17: len(st) escapes to heap:
./append_alias.go:50:17:   flow: {storage for ... argument} = &{storage for len(st)}:
./append_alias.go:50:17:     from len(st) (spill) at ./append_alias.go:50:17
./append_alias.go:50:17:     from ... argument (slice-literal-element) at ./append_alias.go:50:13
./append_alias.go:50:17:   flow: {heap} = {storage for ... argument}:
./append_alias.go:50:17:     from ... argument (spill) at ./append_alias.go:50:13
./append_alias.go:50:17:     from fmt.Println(... argument...) (call parameter) at ./append_alias.go:50:13
./append_alias.go:45:13: s escapes to heap:
./append_alias.go:45:13:   flow: {storage for ... argument} = &{storage for s}:
./append_alias.go:45:13:     from s (spill) at ./append_alias.go:45:13
./append_alias.go:45:13:     from ... argument (slice-literal-element) at ./append_alias.go:45:13
./append_alias.go:45:13:   flow: {heap} = {storage for ... argument}:
./append_alias.go:45:13:     from ... argument (spill) at ./append_alias.go:45:13
./append_alias.go:45:13:     from fmt.Println(... argument...) (call parameter) at ./append_alias.go:45:13
./append_alias.go:45:13: n escapes to heap:
./append_alias.go:45:13:   flow: {storage for ... argument} = &{storage for n}:
./append_alias.go:45:13:     from n (spill) at ./append_alias.go:45:13
./append_alias.go:45:13:     from ... argument (slice-literal-element) at ./append_alias.go:45:13
./append_alias.go:45:13:   flow: {heap} = {storage for ... argument}:
./append_alias.go:45:13:     from ... argument (spill) at ./append_alias.go:45:13
./append_alias.go:45:13:     from fmt.Println(... argument...) (call parameter) at ./append_alias.go:45:13
./append_alias.go:43:13: w escapes to heap:
./append_alias.go:43:13:   flow: {storage for ... argument} = &{storage for w}:
./append_alias.go:43:13:     from w (spill) at ./append_alias.go:43:13
./append_alias.go:43:13:     from ... argument (slice-literal-element) at ./append_alias.go:43:13
./append_alias.go:43:13:   flow: {heap} = {storage for ... argument}:
./append_alias.go:43:13:     from ... argument (spill) at ./append_alias.go:43:13
./append_alias.go:43:13:     from fmt.Println(... argument...) (call parameter) at ./append_alias.go:43:13
./append_alias.go:41:13: v escapes to heap:
./append_alias.go:41:13:   flow: {storage for ... argument} = &{storage for v}:
./append_alias.go:41:13:     from v (spill) at ./append_alias.go:41:13
./append_alias.go:41:13:     from ... argument (slice-literal-element) at ./append_alias.go:41:13
./append_alias.go:41:13:   flow: {heap} = {storage for ... argument}:
./append_alias.go:41:13:     from ... argument (spill) at ./append_alias.go:41:13
./append_alias.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./append_alias.go:41:13
./append_alias.go:41:13: u escapes to heap:
./append_alias.go:41:13:   flow: {storage for ... argument} = &{storage for u}:
./append_alias.go:41:13:     from u (spill) at ./append_alias.go:41:13
./append_alias.go:41:13:     from ... argument (slice-literal-element) at ./append_alias.go:41:13
./append_alias.go:41:13:   flow: {heap} = {storage for ... argument}:
./append_alias.go:41:13:     from ... argument (spill) at ./append_alias.go:41:13
./append_alias.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./append_alias.go:41:13
./append_alias.go:41:13: t escapes to heap:
./append_alias.go:41:13:   flow: {storage for ... argument} = &{storage for t}:
./append_alias.go:41:13:     from t (spill) at ./append_alias.go:41:13
./append_alias.go:41:13:     from ... argument (slice-literal-element) at ./append_alias.go:41:13
./append_alias.go:41:13:   flow: {heap} = {storage for ... argument}:
./append_alias.go:41:13:     from ... argument (spill) at ./append_alias.go:41:13
./append_alias.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./append_alias.go:41:13
./append_alias.go:36:30: cap(es) escapes to heap:
./append_alias.go:36:30:   flow: {storage for ... argument} = &{storage for cap(es)}:
./append_alias.go:36:30:     from cap(es) (spill) at ./append_alias.go:36:30
./append_alias.go:36:30:     from ... argument (slice-literal-element) at ./append_alias.go:36:13
./append_alias.go:36:30:   flow: {heap} = {storage for ... argument}:
./append_alias.go:36:30:     from ... argument (spill) at ./append_alias.go:36:13
./append_alias.go:36:30:     from fmt.Println(... argument...) (call parameter) at ./append_alias.go:36:13
./append_alias.go:36:21: len(es) escapes to heap:
./append_alias.go:36:21:   flow: {storage for ... argument} = &{storage for len(es)}:
./append_alias.go:36:21:     from len(es) (spill) at ./append_alias.go:36:21
./append_alias.go:36:21:     from ... argument (slice-literal-element) at ./append_alias.go:36:13
./append_alias.go:36:21:   flow: {heap} = {storage for ... argument}:
./append_alias.go:36:21:     from ... argument (spill) at ./append_alias.go:36:13
./append_alias.go:36:21:     from fmt.Println(... argument...) (call parameter) at ./append_alias.go:36:13
./append_alias.go:36:13: es escapes to heap:
./append_alias.go:36:13:   flow: {storage for ... argument} = &{storage for es}:
./append_alias.go:36:13:     from es (spill) at ./append_alias.go:36:13
./append_alias.go:36:13:     from ... argument (slice-literal-element) at ./append_alias.go:36:13
./append_alias.go:36:13:   flow: {heap} = {storage for ... argument}:
./append_alias.go:36:13:     from ... argument (spill) at ./append_alias.go:36:13
./append_alias.go:36:13:     from fmt.Println(... argument...) (call parameter) at ./append_alias.go:36:13
./append_alias.go:31:13: s escapes to heap:
./append_alias.go:31:13:   flow: {storage for ... argument} = &{storage for s}:
./append_alias.go:31:13:     from s (spill) at ./append_alias.go:31:13
./append_alias.go:31:13:     from ... argument (slice-literal-element) at ./append_alias.go:31:13
./append_alias.go:31:13:   flow: {heap} = {storage for ... argument}:
./append_alias.go:31:13:     from ... argument (spill) at ./append_alias.go:31:13
./append_alias.go:31:13:     from fmt.Println(... argument...) (call parameter) at ./append_alias.go:31:13
./append_alias.go:29:20: cap(s) escapes to heap:
./append_alias.go:29:20:   flow: {storage for ... argument} = &{storage for cap(s)}:
./append_alias.go:29:20:     from cap(s) (spill) at ./append_alias.go:29:20
./append_alias.go:29:20:     from ... argument (slice-literal-element) at ./append_alias.go:29:13
./append_alias.go:29:20:   flow: {heap} = {storage for ... argument}:
./append_alias.go:29:20:     from ... argument (spill) at ./append_alias.go:29:13
./append_alias.go:29:20:     from fmt.Println(... argument...) (call parameter) at ./append_alias.go:29:13
./append_alias.go:29:13: s escapes to heap:
./append_alias.go:29:13:   flow: {storage for ... argument} = &{storage for s}:
./append_alias.go:29:13:     from s (spill) at ./append_alias.go:29:13
./append_alias.go:29:13:     from ... argument (slice-literal-element) at ./append_alias.go:29:13
./append_alias.go:29:13:   flow: {heap} = {storage for ... argument}:
./append_alias.go:29:13:     from ... argument (spill) at ./append_alias.go:29:13
./append_alias.go:29:13:     from fmt.Println(... argument...) (call parameter) at ./append_alias.go:29:13
./append_alias.go:27:28: cap(s) escapes to heap:
./append_alias.go:27:28:   flow: {storage for ... argument} = &{storage for cap(s)}:
./append_alias.go:27:28:     from cap(s) (spill) at ./append_alias.go:27:28
./append_alias.go:27:28:     from ... argument (slice-literal-element) at ./append_alias.go:27:13
./append_alias.go:27:28:   flow: {heap} = {storage for ... argument}:
./append_alias.go:27:28:     from ... argument (spill) at ./append_alias.go:27:13
./append_alias.go:27:28:     from fmt.Println(... argument...) (call parameter) at ./append_alias.go:27:13
./append_alias.go:27:20: len(s) escapes to heap:
./append_alias.go:27:20:   flow: {storage for ... argument} = &{storage for len(s)}:
./append_alias.go:27:20:     from len(s) (spill) at ./append_alias.go:27:20
./append_alias.go:27:20:     from ... argument (slice-literal-element) at ./append_alias.go:27:13
./append_alias.go:27:20:   flow: {heap} = {storage for ... argument}:
./append_alias.go:27:20:     from ... argument (spill) at ./append_alias.go:27:13
./append_alias.go:27:20:     from fmt.Println(... argument...) (call parameter) at ./append_alias.go:27:13
./append_alias.go:27:13: s escapes to heap:
./append_alias.go:27:13:   flow: {storage for ... argument} = &{storage for s}:
./append_alias.go:27:13:     from s (spill) at ./append_alias.go:27:13
./append_alias.go:27:13:     from ... argument (slice-literal-element) at ./append_alias.go:27:13
./append_alias.go:27:13:   flow: {heap} = {storage for ... argument}:
./append_alias.go:27:13:     from ... argument (spill) at ./append_alias.go:27:13
./append_alias.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./append_alias.go:27:13
./append_alias.go:24:28: cap(s) escapes to heap:
./append_alias.go:24:28:   flow: {storage for ... argument} = &{storage for cap(s)}:
./append_alias.go:24:28:     from cap(s) (spill) at ./append_alias.go:24:28
./append_alias.go:24:28:     from ... argument (slice-literal-element) at ./append_alias.go:24:13
./append_alias.go:24:28:   flow: {heap} = {storage for ... argument}:
./append_alias.go:24:28:     from ... argument (spill) at ./append_alias.go:24:13
./append_alias.go:24:28:     from fmt.Println(... argument...) (call parameter) at ./append_alias.go:24:13
./append_alias.go:24:20: len(s) escapes to heap:
./append_alias.go:24:20:   flow: {storage for ... argument} = &{storage for len(s)}:
./append_alias.go:24:20:     from len(s) (spill) at ./append_alias.go:24:20
./append_alias.go:24:20:     from ... argument (slice-literal-element) at ./append_alias.go:24:13
./append_alias.go:24:20:   flow: {heap} = {storage for ... argument}:
./append_alias.go:24:20:     from ... argument (spill) at ./append_alias.go:24:13
./append_alias.go:24:20:     from fmt.Println(... argument...) (call parameter) at ./append_alias.go:24:13
./append_alias.go:24:13: s escapes to heap:
./append_alias.go:24:13:   flow: {storage for ... argument} = &{storage for s}:
./append_alias.go:24:13:     from s (spill) at ./append_alias.go:24:13
./append_alias.go:24:13:     from ... argument (slice-literal-element) at ./append_alias.go:24:13
./append_alias.go:24:13:   flow: {heap} = {storage for ... argument}:
./append_alias.go:24:13:     from ... argument (spill) at ./append_alias.go:24:13
./append_alias.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./append_alias.go:24:13
./append_alias.go:54:20: string(bs) escapes to heap:
./append_alias.go:54:20:   flow: {storage for string(bs)} = &{storage for string(bs)}:
./append_alias.go:54:20:     from string(bs) (spill) at ./append_alias.go:54:20
./append_alias.go:54:20:     from string(bs) (interface-converted) at ./append_alias.go:54:20
./append_alias.go:22:12: []int{...} escapes to heap:
./append_alias.go:22:12:   flow: s = &{storage for []int{...}}:
./append_alias.go:22:12:     from []int{...} (spill) at ./append_alias.go:22:12
./append_alias.go:22:12:     from s := []int{...} (assign) at ./append_alias.go:22:4
./append_alias.go:22:12:   flow: {storage for s} = s:
./append_alias.go:22:12:     from s (interface-converted) at ./append_alias.go:45:13
./append_alias.go:37:11: make([]int, 0, 3) escapes to heap:
./append_alias.go:37:11:   flow: t = &{storage for make([]int, 0, 3)}:
./append_alias.go:37:11:     from make([]int, 0, 3) (spill) at ./append_alias.go:37:11
./append_alias.go:37:11:     from t := make([]int, 0, 3) (assign) at ./append_alias.go:37:4
./append_alias.go:37:11:   flow: u = t:
./append_alias.go:37:11:     from append(t, 2) (call parameter) at ./append_alias.go:39:13
./append_alias.go:37:11:     from u := append(t, 2) (assign) at ./append_alias.go:39:4
./append_alias.go:37:11:   flow: w = u:
./append_alias.go:37:11:     from u[:1] (slice) at ./append_alias.go:42:15
./append_alias.go:37:11:     from append(u[:1], u[1:]...) (call parameter) at ./append_alias.go:42:13
./append_alias.go:37:11:     from w := append(u[:1], u[1:]...) (assign) at ./append_alias.go:42:4
./append_alias.go:37:11:   flow: {storage for w} = w:
./append_alias.go:37:11:     from w (interface-converted) at ./append_alias.go:43:13
./append_alias.go:32:11: []E{...} escapes to heap:
./append_alias.go:32:11:   flow: es = &{storage for []E{...}}:
./append_alias.go:32:11:     from []E{...} (spill) at ./append_alias.go:32:11
./append_alias.go:32:11:     from es := []E{...} (assign) at ./append_alias.go:32:5
./append_alias.go:32:11:   flow: {storage for es} = es:
./append_alias.go:32:11:     from es (interface-converted) at ./append_alias.go:36:13
./append_alias.go:22:12: []int{...} escapes to heap
./append_alias.go:24:13: ... argument does not escape
./append_alias.go:24:13: s escapes to heap
./append_alias.go:24:20: len(s) escapes to heap
./append_alias.go:24:28: cap(s) escapes to heap
./append_alias.go:27:13: ... argument does not escape
./append_alias.go:27:13: s escapes to heap
./append_alias.go:27:20: len(s) escapes to heap
./append_alias.go:27:28: cap(s) escapes to heap
./append_alias.go:29:13: ... argument does not escape
./append_alias.go:29:13: s escapes to heap
./append_alias.go:29:20: cap(s) escapes to heap
./append_alias.go:31:13: ... argument does not escape
./append_alias.go:31:13: s escapes to heap
./append_alias.go:32:11: []E{...} escapes to heap
./append_alias.go:36:13: ... argument does not escape
./append_alias.go:36:13: es escapes to heap
./append_alias.go:36:21: len(es) escapes to heap
./append_alias.go:36:30: cap(es) escapes to heap
./append_alias.go:37:11: make([]int, 0, 3) escapes to heap
./append_alias.go:41:13: ... argument does not escape
./append_alias.go:41:13: t escapes to heap
./append_alias.go:41:13: u escapes to heap
./append_alias.go:41:13: v escapes to heap
./append_alias.go:43:13: ... argument does not escape
./append_alias.go:43:13: w escapes to heap
./append_alias.go:45:13: ... argument does not escape
./append_alias.go:45:13: n escapes to heap
./append_alias.go:45:13: s escapes to heap
./append_alias.go:46:16: []string{...} does not escape
./append_alias.go:50:13: ... argument does not escape
./append_alias.go:50:17: len(st) escapes to heap
./append_alias.go:50:26: cap(st) escapes to heap
./append_alias.go:54:13: ... argument does not escape
./append_alias.go:54:20: string(bs) escapes to heap
./append_alias.go:54:20: string(bs) escapes to heap
./append_alias.go:54:29: len(bs) escapes to heap
./append_alias.go:54:38: cap(bs) escapes to heap
