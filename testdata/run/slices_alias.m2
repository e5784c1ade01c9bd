./slices_alias.go:5:13: s does not escape
./slices_alias.go:11:11: parameter s leaks to ~r0 with derefs=0:
./slices_alias.go:11:11:   flow: ~r0 = s:
./slices_alias.go:11:11:     from append(s, 1000) (call parameter) at ./slices_alias.go:12:15
./slices_alias.go:11:11:     from return append(s, 1000) (return) at ./slices_alias.go:12:2
./slices_alias.go:11:11: leaking param: s to result ~r0 level=0
./slices_alias.go:17:14: reverse ignoring self-assignment in s[i], s[j] = s[j], s[i]
./slices_alias.go:17:14: reverse ignoring self-assignment in s[i], s[j] = s[j], s[i]
./slices_alias.go:15:14: s does not escape
./slices_alias.go:64:13: a escapes to heap:
./slices_alias.go:64:13:   flow: {storage for ... argument} = &{storage for a}:
./slices_alias.go:64:13:     from a (spill) at ./slices_alias.go:64:13
./slices_alias.go:64:13:     from ... argument (slice-literal-element) at ./slices_alias.go:64:13
./slices_alias.go:64:13:   flow: {heap} = {storage for ... argument}:
./slices_alias.go:64:13:     from ... argument (spill) at ./slices_alias.go:64:13
./slices_alias.go:64:13:     from fmt.Println(... argument...) (call parameter) at ./slices_alias.go:64:13
./slices_alias.go:61:13: rows escapes to heap:
./slices_alias.go:61:13:   flow: {storage for ... argument} = &{storage for rows}:
./slices_alias.go:61:13:     from rows (spill) at ./slices_alias.go:61:13
./slices_alias.go:61:13:     from ... argument (slice-literal-element) at ./slices_alias.go:61:13
./slices_alias.go:61:13:   flow: {heap} = {storage for ... argument}:
./slices_alias.go:61:13:     from ... argument (spill) at ./slices_alias.go:61:13
./slices_alias.go:61:13:     from fmt.Println(... argument...) (call parameter) at ./slices_alias.go:61:13
./slices_alias.go:57:23: len(grid) escapes to heap:
./slices_alias.go:57:23:   flow: {storage for ... argument} = &{storage for len(grid)}:
./slices_alias.go:57:23:     from len(grid) (spill) at ./slices_alias.go:57:23
./slices_alias.go:57:23:     from ... argument (slice-literal-element) at ./slices_alias.go:57:13
./slices_alias.go:57:23:   flow: {heap} = {storage for ... argument}:
./slices_alias.go:57:23:     from ... argument (spill) at ./slices_alias.go:57:13
./slices_alias.go:57:23:     from fmt.Println(... argument...) (call parameter) at ./slices_alias.go:57:13
./slices_alias.go:57:13: grid escapes to heap:
./slices_alias.go:57:13:   flow: {storage for ... argument} = &{storage for grid}:
./slices_alias.go:57:13:     from grid (spill) at ./slices_alias.go:57:13
./slices_alias.go:57:13:     from ... argument (slice-literal-element) at ./slices_alias.go:57:13
./slices_alias.go:57:13:   flow: {heap} = {storage for ... argument}:
./slices_alias.go:57:13:     from ... argument (spill) at ./slices_alias.go:57:13
./slices_alias.go:57:13:     from fmt.Println(... argument...) (call parameter) at ./slices_alias.go:57:13
./slices_alias.go:50:14: make([]int, 3) escapes to heap:
./slices_alias.go:50:14:   flow: row = &{storage for make([]int, 3)}:
./slices_alias.go:50:14:     from make([]int, 3) (spill) at ./slices_alias.go:50:14
./slices_alias.go:50:14:     from row := make([]int, 3) (assign) at ./slices_alias.go:50:7
./slices_alias.go:50:14:   flow: {heap} = row:
./slices_alias.go:50:14:     from append(grid, row) (call parameter) at ./slices_alias.go:54:16
./slices_alias.go:47:20: string(bs) escapes to heap:
./slices_alias.go:47:20:   flow: {storage for ... argument} = &{storage for string(bs)}:
./slices_alias.go:47:20:     from string(bs) (spill) at ./slices_alias.go:47:20
./slices_alias.go:47:20:     from ... argument (slice-literal-element) at ./slices_alias.go:47:13
./slices_alias.go:47:20:   flow: {heap} = {storage for ... argument}:
./slices_alias.go:47:20:     from ... argument (spill) at ./slices_alias.go:47:13
./slices_alias.go:47:20:     from fmt.Println(... argument...) (call parameter) at ./slices_alias.go:47:13
./slices_alias.go:44:13: s escapes to heap:
./slices_alias.go:44:13:   flow: {storage for ... argument} = &{storage for s}:
./slices_alias.go:44:13:     from s (spill) at ./slices_alias.go:44:13
./slices_alias.go:44:13:     from ... argument (slice-literal-element) at ./slices_alias.go:44:13
./slices_alias.go:44:13:   flow: {heap} = {storage for ... argument}:
./slices_alias.go:44:13:     from ... argument (spill) at ./slices_alias.go:44:13
./slices_alias.go:44:13:     from fmt.Println(... argument...) (call parameter) at ./slices_alias.go:44:13
./slices_alias.go:44:13: arr escapes to heap:
./slices_alias.go:44:13:   flow: {storage for ... argument} = &{storage for arr}:
./slices_alias.go:44:13:     from arr (spill) at ./slices_alias.go:44:13
./slices_alias.go:44:13:     from ... argument (slice-literal-element) at ./slices_alias.go:44:13
./slices_alias.go:44:13:   flow: {heap} = {storage for ... argument}:
./slices_alias.go:44:13:     from ... argument (spill) at ./slices_alias.go:44:13
./slices_alias.go:44:13:     from fmt.Println(... argument...) (call parameter) at ./slices_alias.go:44:13
./slices_alias.go:41:13: s escapes to heap:
./slices_alias.go:41:13:   flow: {storage for ... argument} = &{storage for s}:
./slices_alias.go:41:13:     from s (spill) at ./slices_alias.go:41:13
./slices_alias.go:41:13:     from ... argument (slice-literal-element) at ./slices_alias.go:41:13
./slices_alias.go:41:13:   flow: {heap} = {storage for ... argument}:
./slices_alias.go:41:13:     from ... argument (spill) at ./slices_alias.go:41:13
./slices_alias.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./slices_alias.go:41:13
./slices_alias.go:38:13: arr escapes to heap:
./slices_alias.go:38:13:   flow: {storage for ... argument} = &{storage for arr}:
./slices_alias.go:38:13:     from arr (spill) at ./slices_alias.go:38:13
./slices_alias.go:38:13:     from ... argument (slice-literal-element) at ./slices_alias.go:38:13
./slices_alias.go:38:13:   flow: {heap} = {storage for ... argument}:
./slices_alias.go:38:13:     from ... argument (spill) at ./slices_alias.go:38:13
./slices_alias.go:38:13:     from fmt.Println(... argument...) (call parameter) at ./slices_alias.go:38:13
./slices_alias.go:34:13: g escapes to heap:
./slices_alias.go:34:13:   flow: {storage for ... argument} = &{storage for g}:
./slices_alias.go:34:13:     from g (spill) at ./slices_alias.go:34:13
./slices_alias.go:34:13:     from ... argument (slice-literal-element) at ./slices_alias.go:34:13
./slices_alias.go:34:13:   flow: {heap} = {storage for ... argument}:
./slices_alias.go:34:13:     from ... argument (spill) at ./slices_alias.go:34:13
./slices_alias.go:34:13:     from fmt.Println(... argument...) (call parameter) at ./slices_alias.go:34:13
./slices_alias.go:34:13: f escapes to heap:
./slices_alias.go:34:13:   flow: {storage for ... argument} = &{storage for f}:
./slices_alias.go:34:13:     from f (spill) at ./slices_alias.go:34:13
./slices_alias.go:34:13:     from ... argument (slice-literal-element) at ./slices_alias.go:34:13
./slices_alias.go:34:13:   flow: {heap} = {storage for ... argument}:
./slices_alias.go:34:13:     from ... argument (spill) at ./slices_alias.go:34:13
./slices_alias.go:34:13:     from fmt.Println(... argument...) (call parameter) at ./slices_alias.go:34:13
./slices_alias.go:30:21: d[0] escapes to heap:
./slices_alias.go:30:21:   flow: {storage for ... argument} = &{storage for d[0]}:
./slices_alias.go:30:21:     from d[0] (spill) at ./slices_alias.go:30:21
./slices_alias.go:30:21:     from ... argument (slice-literal-element) at ./slices_alias.go:30:13
./slices_alias.go:30:21:   flow: {heap} = {storage for ... argument}:
./slices_alias.go:30:21:     from ... argument (spill) at ./slices_alias.go:30:13
./slices_alias.go:30:21:     from fmt.Println(... argument...) (call parameter) at ./slices_alias.go:30:13
./slices_alias.go:30:15: a[0] escapes to heap:
./slices_alias.go:30:15:   flow: {storage for ... argument} = &{storage for a[0]}:
./slices_alias.go:30:15:     from a[0] (spill) at ./slices_alias.go:30:15
./slices_alias.go:30:15:     from ... argument (slice-literal-element) at ./slices_alias.go:30:13
./slices_alias.go:30:15:   flow: {heap} = {storage for ... argument}:
./slices_alias.go:30:15:     from ... argument (spill) at ./slices_alias.go:30:13
./slices_alias.go:30:15:     from fmt.Println(... argument...) (call parameter) at ./slices_alias.go:30:13
./slices_alias.go:27:31: cap(c) escapes to heap:
./slices_alias.go:27:31:   flow: {storage for ... argument} = &{storage for cap(c)}:
./slices_alias.go:27:31:     from cap(c) (spill) at ./slices_alias.go:27:31
./slices_alias.go:27:31:     from ... argument (slice-literal-element) at ./slices_alias.go:27:13
./slices_alias.go:27:31:   flow: {heap} = {storage for ... argument}:
./slices_alias.go:27:31:     from ... argument (spill) at ./slices_alias.go:27:13
./slices_alias.go:27:31:     from fmt.Println(... argument...) (call parameter) at ./slices_alias.go:27:13
./slices_alias.go:27:23: len(c) escapes to heap:
./slices_alias.go:27:23:   flow: {storage for ... argument} = &{storage for len(c)}:
./slices_alias.go:27:23:     from len(c) (spill) at ./slices_alias.go:27:23
./slices_alias.go:27:23:     from ... argument (slice-literal-element) at ./slices_alias.go:27:13
./slices_alias.go:27:23:   flow: {heap} = {storage for ... argument}:
./slices_alias.go:27:23:     from ... argument (spill) at ./slices_alias.go:27:13
./slices_alias.go:27:23:     from fmt.Println(... argument...) (call parameter) at ./slices_alias.go:27:13
./slices_alias.go:27:13: c escapes to heap:
./slices_alias.go:27:13:   flow: {storage for ... argument} = &{storage for c}:
./slices_alias.go:27:13:     from c (spill) at ./slices_alias.go:27:13
./slices_alias.go:27:13:     from ... argument (slice-literal-element) at ./slices_alias.go:27:13
./slices_alias.go:27:13:   flow: {heap} = {storage for ... argument}:
./slices_alias.go:27:13:     from ... argument (spill) at ./slices_alias.go:27:13
./slices_alias.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./slices_alias.go:27:13
./slices_alias.go:27:13: a escapes to heap:
./slices_alias.go:27:13:   flow: {storage for ... argument} = &{storage for a}:
./slices_alias.go:27:13:     from a (spill) at ./slices_alias.go:27:13
./slices_alias.go:27:13:     from ... argument (slice-literal-element) at ./slices_alias.go:27:13
./slices_alias.go:27:13:   flow: {heap} = {storage for ... argument}:
./slices_alias.go:27:13:     from ... argument (spill) at ./slices_alias.go:27:13
./slices_alias.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./slices_alias.go:27:13
./slices_alias.go:25:13: b escapes to heap:
./slices_alias.go:25:13:   flow: {storage for ... argument} = &{storage for b}:
./slices_alias.go:25:13:     from b (spill) at ./slices_alias.go:25:13
./slices_alias.go:25:13:     from ... argument (slice-literal-element) at ./slices_alias.go:25:13
./slices_alias.go:25:13:   flow: {heap} = {storage for ... argument}:
./slices_alias.go:25:13:     from ... argument (spill) at ./slices_alias.go:25:13
./slices_alias.go:25:13:     from fmt.Println(... argument...) (call parameter) at ./slices_alias.go:25:13
./slices_alias.go:25:13: a escapes to heap:
./slices_alias.go:25:13:   flow: {storage for ... argument} = &{storage for a}:
./slices_alias.go:25:13:     from a (spill) at ./slices_alias.go:25:13
./slices_alias.go:25:13:     from ... argument (slice-literal-element) at ./slices_alias.go:25:13
./slices_alias.go:25:13:   flow: {heap} = {storage for ... argument}:
./slices_alias.go:25:13:     from ... argument (spill) at ./slices_alias.go:25:13
./slices_alias.go:25:13:     from fmt.Println(... argument...) (call parameter) at ./slices_alias.go:25:13
./slices_alias.go:22:12: []int{...} escapes to heap:
./slices_alias.go:22:12:   flow: a = &{storage for []int{...}}:
./slices_alias.go:22:12:     from []int{...} (spill) at ./slices_alias.go:22:12
./slices_alias.go:22:12:     from a := []int{...} (assign) at ./slices_alias.go:22:4
./slices_alias.go:22:12:   flow: {storage for a} = a:
./slices_alias.go:22:12:     from a (interface-converted) at ./slices_alias.go:64:13
./slices_alias.go:59:17: [][]int{...} escapes to heap:
./slices_alias.go:59:17:   flow: rows = &{storage for [][]int{...}}:
./slices_alias.go:59:17:     from [][]int{...} (spill) at ./slices_alias.go:59:17
./slices_alias.go:59:17:     from rows := [][]int{...} (assign) at ./slices_alias.go:59:7
./slices_alias.go:59:17:   flow: {storage for rows} = rows:
./slices_alias.go:59:17:     from rows (interface-converted) at ./slices_alias.go:61:13
./slices_alias.go:58:16: make([]int, 3) escapes to heap:
./slices_alias.go:58:16:   flow: shared = &{storage for make([]int, 3)}:
./slices_alias.go:58:16:     from make([]int, 3) (spill) at ./slices_alias.go:58:16
./slices_alias.go:58:16:     from shared := make([]int, 3) (assign) at ./slices_alias.go:58:9
./slices_alias.go:58:16:   flow: {storage for [][]int{...}} = shared:
./slices_alias.go:58:16:     from [][]int{...} (slice-literal-element) at ./slices_alias.go:59:17
./slices_alias.go:47:20: string(bs) escapes to heap:
./slices_alias.go:47:20:   flow: {storage for string(bs)} = &{storage for string(bs)}:
./slices_alias.go:47:20:     from string(bs) (spill) at ./slices_alias.go:47:20
./slices_alias.go:47:20:     from string(bs) (interface-converted) at ./slices_alias.go:47:20
./slices_alias.go:35:2: arr escapes to heap:
./slices_alias.go:35:2:   flow: s = &arr:
./slices_alias.go:35:2:     from arr (address-of) at ./slices_alias.go:36:7
./slices_alias.go:35:2:     from arr[:] (slice) at ./slices_alias.go:36:10
./slices_alias.go:35:2:     from s := arr[:] (assign) at ./slices_alias.go:36:4
./slices_alias.go:35:2:   flow: {storage for s} = s:
./slices_alias.go:35:2:     from s (interface-converted) at ./slices_alias.go:44:13
./slices_alias.go:31:11: make([]int, 2, 10) escapes to heap:
./slices_alias.go:31:11:   flow: e = &{storage for make([]int, 2, 10)}:
./slices_alias.go:31:11:     from make([]int, 2, 10) (spill) at ./slices_alias.go:31:11
./slices_alias.go:31:11:     from e := make([]int, 2, 10) (assign) at ./slices_alias.go:31:4
./slices_alias.go:31:11:   flow: g = e:
./slices_alias.go:31:11:     from grow(e) (call parameter) at ./slices_alias.go:33:11
./slices_alias.go:31:11:     from g := grow(e) (assign) at ./slices_alias.go:33:4
./slices_alias.go:31:11:   flow: {storage for g} = g:
./slices_alias.go:31:11:     from g (interface-converted) at ./slices_alias.go:34:13
./slices_alias.go:35:2: moved to heap: arr
./slices_alias.go:22:12: []int{...} escapes to heap
./slices_alias.go:25:13: ... argument does not escape
./slices_alias.go:25:13: a escapes to heap
./slices_alias.go:25:13: b escapes to heap
./slices_alias.go:27:13: ... argument does not escape
./slices_alias.go:27:13: a escapes to heap
./slices_alias.go:27:13: c escapes to heap
./slices_alias.go:27:23: len(c) escapes to heap
./slices_alias.go:27:31: cap(c) escapes to heap
./slices_alias.go:30:13: ... argument does not escape
./slices_alias.go:30:15: a[0] escapes to heap
./slices_alias.go:30:21: d[0] escapes to heap
./slices_alias.go:31:11: make([]int, 2, 10) escapes to heap
./slices_alias.go:34:13: ... argument does not escape
./slices_alias.go:34:13: f escapes to heap
./slices_alias.go:34:13: g escapes to heap
./slices_alias.go:38:13: ... argument does not escape
./slices_alias.go:38:13: arr escapes to heap
./slices_alias.go:41:13: ... argument does not escape
./slices_alias.go:41:13: s escapes to heap
./slices_alias.go:44:13: ... argument does not escape
./slices_alias.go:44:13: arr escapes to heap
./slices_alias.go:44:13: s escapes to heap
./slices_alias.go:45:14: ([]byte)("abcdef") does not escape
./slices_alias.go:47:13: ... argument does not escape
./slices_alias.go:47:20: string(bs) escapes to heap
./slices_alias.go:47:20: string(bs) escapes to heap
./slices_alias.go:50:14: make([]int, 3) escapes to heap
./slices_alias.go:57:13: ... argument does not escape
./slices_alias.go:57:13: grid escapes to heap
./slices_alias.go:57:23: len(grid) escapes to heap
./slices_alias.go:58:16: make([]int, 3) escapes to heap
./slices_alias.go:59:17: [][]int{...} escapes to heap
./slices_alias.go:61:13: ... argument does not escape
./slices_alias.go:61:13: rows escapes to heap
./slices_alias.go:62:16: []*int{...} does not escape
./slices_alias.go:64:13: ... argument does not escape
./slices_alias.go:64:13: a escapes to heap
