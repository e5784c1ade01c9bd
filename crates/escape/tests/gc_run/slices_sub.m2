./slices_sub.go:32:14: make([]int, i + 1) escapes to heap:
./slices_sub.go:32:14:   flow: {heap} = &{storage for make([]int, i + 1)}:
./slices_sub.go:32:14:     from make([]int, i + 1) (spill) at ./slices_sub.go:32:14
./slices_sub.go:32:14:     from m[i] = make([]int, i + 1) (assign) at ./slices_sub.go:32:8
./slices_sub.go:32:14: make([]int, i + 1) escapes to heap:
./slices_sub.go:32:14:   flow: {heap} = &{storage for make([]int, i + 1)}:
./slices_sub.go:32:14:     from make([]int, i + 1) (non-constant size) at ./slices_sub.go:32:14
./slices_sub.go:37:13: m escapes to heap:
./slices_sub.go:37:13:   flow: {storage for ... argument} = &{storage for m}:
./slices_sub.go:37:13:     from m (spill) at ./slices_sub.go:37:13
./slices_sub.go:37:13:     from ... argument (slice-literal-element) at ./slices_sub.go:37:13
./slices_sub.go:37:13:   flow: {heap} = {storage for ... argument}:
./slices_sub.go:37:13:     from ... argument (spill) at ./slices_sub.go:37:13
./slices_sub.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./slices_sub.go:37:13
./slices_sub.go:29:26: cap(as) escapes to heap:
./slices_sub.go:29:26:   flow: {storage for ... argument} = &{storage for cap(as)}:
./slices_sub.go:29:26:     from cap(as) (spill) at ./slices_sub.go:29:26
./slices_sub.go:29:26:     from ... argument (slice-literal-element) at ./slices_sub.go:29:13
./slices_sub.go:29:26:   flow: {heap} = {storage for ... argument}:
./slices_sub.go:29:26:     from ... argument (spill) at ./slices_sub.go:29:13
./slices_sub.go:29:26:     from fmt.Println(... argument...) (call parameter) at ./slices_sub.go:29:13
./slices_sub.go:29:13: as escapes to heap:
./slices_sub.go:29:13:   flow: {storage for ... argument} = &{storage for as}:
./slices_sub.go:29:13:     from as (spill) at ./slices_sub.go:29:13
./slices_sub.go:29:13:     from ... argument (slice-literal-element) at ./slices_sub.go:29:13
./slices_sub.go:29:13:   flow: {heap} = {storage for ... argument}:
./slices_sub.go:29:13:     from ... argument (spill) at ./slices_sub.go:29:13
./slices_sub.go:29:13:     from fmt.Println(... argument...) (call parameter) at ./slices_sub.go:29:13
./slices_sub.go:29:13: arr escapes to heap:
./slices_sub.go:29:13:   flow: {storage for ... argument} = &{storage for arr}:
./slices_sub.go:29:13:     from arr (spill) at ./slices_sub.go:29:13
./slices_sub.go:29:13:     from ... argument (slice-literal-element) at ./slices_sub.go:29:13
./slices_sub.go:29:13:   flow: {heap} = {storage for ... argument}:
./slices_sub.go:29:13:     from ... argument (spill) at ./slices_sub.go:29:13
./slices_sub.go:29:13:     from fmt.Println(... argument...) (call parameter) at ./slices_sub.go:29:13
./slices_sub.go:25:31: cap(x) escapes to heap:
./slices_sub.go:25:31:   flow: {storage for ... argument} = &{storage for cap(x)}:
./slices_sub.go:25:31:     from cap(x) (spill) at ./slices_sub.go:25:31
./slices_sub.go:25:31:     from ... argument (slice-literal-element) at ./slices_sub.go:25:13
./slices_sub.go:25:31:   flow: {heap} = {storage for ... argument}:
./slices_sub.go:25:31:     from ... argument (spill) at ./slices_sub.go:25:13
./slices_sub.go:25:31:     from fmt.Println(... argument...) (call parameter) at ./slices_sub.go:25:13
./slices_sub.go:25:23: len(x) escapes to heap:
./slices_sub.go:25:23:   flow: {storage for ... argument} = &{storage for len(x)}:
./slices_sub.go:25:23:     from len(x) (spill) at ./slices_sub.go:25:23
./slices_sub.go:25:23:     from ... argument (slice-literal-element) at ./slices_sub.go:25:13
./slices_sub.go:25:23:   flow: {heap} = {storage for ... argument}:
./slices_sub.go:25:23:     from ... argument (spill) at ./slices_sub.go:25:13
./slices_sub.go:25:23:     from fmt.Println(... argument...) (call parameter) at ./slices_sub.go:25:13
./slices_sub.go:25:13: x escapes to heap:
./slices_sub.go:25:13:   flow: {storage for ... argument} = &{storage for x}:
./slices_sub.go:25:13:     from x (spill) at ./slices_sub.go:25:13
./slices_sub.go:25:13:     from ... argument (slice-literal-element) at ./slices_sub.go:25:13
./slices_sub.go:25:13:   flow: {heap} = {storage for ... argument}:
./slices_sub.go:25:13:     from ... argument (spill) at ./slices_sub.go:25:13
./slices_sub.go:25:13:     from fmt.Println(... argument...) (call parameter) at ./slices_sub.go:25:13
./slices_sub.go:25:13: s escapes to heap:
./slices_sub.go:25:13:   flow: {storage for ... argument} = &{storage for s}:
./slices_sub.go:25:13:     from s (spill) at ./slices_sub.go:25:13
./slices_sub.go:25:13:     from ... argument (slice-literal-element) at ./slices_sub.go:25:13
./slices_sub.go:25:13:   flow: {heap} = {storage for ... argument}:
./slices_sub.go:25:13:     from ... argument (spill) at ./slices_sub.go:25:13
./slices_sub.go:25:13:     from fmt.Println(... argument...) (call parameter) at ./slices_sub.go:25:13
./slices_sub.go:22:31: cap(x) escapes to heap:
./slices_sub.go:22:31:   flow: {storage for ... argument} = &{storage for cap(x)}:
./slices_sub.go:22:31:     from cap(x) (spill) at ./slices_sub.go:22:31
./slices_sub.go:22:31:     from ... argument (slice-literal-element) at ./slices_sub.go:22:13
./slices_sub.go:22:31:   flow: {heap} = {storage for ... argument}:
./slices_sub.go:22:31:     from ... argument (spill) at ./slices_sub.go:22:13
./slices_sub.go:22:31:     from fmt.Println(... argument...) (call parameter) at ./slices_sub.go:22:13
./slices_sub.go:22:23: len(x) escapes to heap:
./slices_sub.go:22:23:   flow: {storage for ... argument} = &{storage for len(x)}:
./slices_sub.go:22:23:     from len(x) (spill) at ./slices_sub.go:22:23
./slices_sub.go:22:23:     from ... argument (slice-literal-element) at ./slices_sub.go:22:13
./slices_sub.go:22:23:   flow: {heap} = {storage for ... argument}:
./slices_sub.go:22:23:     from ... argument (spill) at ./slices_sub.go:22:13
./slices_sub.go:22:23:     from fmt.Println(... argument...) (call parameter) at ./slices_sub.go:22:13
./slices_sub.go:22:13: x escapes to heap:
./slices_sub.go:22:13:   flow: {storage for ... argument} = &{storage for x}:
./slices_sub.go:22:13:     from x (spill) at ./slices_sub.go:22:13
./slices_sub.go:22:13:     from ... argument (slice-literal-element) at ./slices_sub.go:22:13
./slices_sub.go:22:13:   flow: {heap} = {storage for ... argument}:
./slices_sub.go:22:13:     from ... argument (spill) at ./slices_sub.go:22:13
./slices_sub.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./slices_sub.go:22:13
./slices_sub.go:22:13: s escapes to heap:
./slices_sub.go:22:13:   flow: {storage for ... argument} = &{storage for s}:
./slices_sub.go:22:13:     from s (spill) at ./slices_sub.go:22:13
./slices_sub.go:22:13:     from ... argument (slice-literal-element) at ./slices_sub.go:22:13
./slices_sub.go:22:13:   flow: {heap} = {storage for ... argument}:
./slices_sub.go:22:13:     from ... argument (spill) at ./slices_sub.go:22:13
./slices_sub.go:22:13:     from fmt.Println(... argument...) (call parameter) at ./slices_sub.go:22:13
./slices_sub.go:18:28: cap(w) escapes to heap:
./slices_sub.go:18:28:   flow: {storage for ... argument} = &{storage for cap(w)}:
./slices_sub.go:18:28:     from cap(w) (spill) at ./slices_sub.go:18:28
./slices_sub.go:18:28:     from ... argument (slice-literal-element) at ./slices_sub.go:18:13
./slices_sub.go:18:28:   flow: {heap} = {storage for ... argument}:
./slices_sub.go:18:28:     from ... argument (spill) at ./slices_sub.go:18:13
./slices_sub.go:18:28:     from fmt.Println(... argument...) (call parameter) at ./slices_sub.go:18:13
./slices_sub.go:18:20: len(w) escapes to heap:
./slices_sub.go:18:20:   flow: {storage for ... argument} = &{storage for len(w)}:
./slices_sub.go:18:20:     from len(w) (spill) at ./slices_sub.go:18:20
./slices_sub.go:18:20:     from ... argument (slice-literal-element) at ./slices_sub.go:18:13
./slices_sub.go:18:20:   flow: {heap} = {storage for ... argument}:
./slices_sub.go:18:20:     from ... argument (spill) at ./slices_sub.go:18:13
./slices_sub.go:18:20:     from fmt.Println(... argument...) (call parameter) at ./slices_sub.go:18:13
./slices_sub.go:18:13: w escapes to heap:
./slices_sub.go:18:13:   flow: {storage for ... argument} = &{storage for w}:
./slices_sub.go:18:13:     from w (spill) at ./slices_sub.go:18:13
./slices_sub.go:18:13:     from ... argument (slice-literal-element) at ./slices_sub.go:18:13
./slices_sub.go:18:13:   flow: {heap} = {storage for ... argument}:
./slices_sub.go:18:13:     from ... argument (spill) at ./slices_sub.go:18:13
./slices_sub.go:18:13:     from fmt.Println(... argument...) (call parameter) at ./slices_sub.go:18:13
./slices_sub.go:16:31: cap(u) escapes to heap:
./slices_sub.go:16:31:   flow: {storage for ... argument} = &{storage for cap(u)}:
./slices_sub.go:16:31:     from cap(u) (spill) at ./slices_sub.go:16:31
./slices_sub.go:16:31:     from ... argument (slice-literal-element) at ./slices_sub.go:16:13
./slices_sub.go:16:31:   flow: {heap} = {storage for ... argument}:
./slices_sub.go:16:31:     from ... argument (spill) at ./slices_sub.go:16:13
./slices_sub.go:16:31:     from fmt.Println(... argument...) (call parameter) at ./slices_sub.go:16:13
./slices_sub.go:16:23: len(u) escapes to heap:
./slices_sub.go:16:23:   flow: {storage for ... argument} = &{storage for len(u)}:
./slices_sub.go:16:23:     from len(u) (spill) at ./slices_sub.go:16:23
./slices_sub.go:16:23:     from ... argument (slice-literal-element) at ./slices_sub.go:16:13
./slices_sub.go:16:23:   flow: {heap} = {storage for ... argument}:
./slices_sub.go:16:23:     from ... argument (spill) at ./slices_sub.go:16:13
./slices_sub.go:16:23:     from fmt.Println(... argument...) (call parameter) at ./slices_sub.go:16:13
./slices_sub.go:16:13: u escapes to heap:
./slices_sub.go:16:13:   flow: {storage for ... argument} = &{storage for u}:
./slices_sub.go:16:13:     from u (spill) at ./slices_sub.go:16:13
./slices_sub.go:16:13:     from ... argument (slice-literal-element) at ./slices_sub.go:16:13
./slices_sub.go:16:13:   flow: {heap} = {storage for ... argument}:
./slices_sub.go:16:13:     from ... argument (spill) at ./slices_sub.go:16:13
./slices_sub.go:16:13:     from fmt.Println(... argument...) (call parameter) at ./slices_sub.go:16:13
./slices_sub.go:16:13: s escapes to heap:
./slices_sub.go:16:13:   flow: {storage for ... argument} = &{storage for s}:
./slices_sub.go:16:13:     from s (spill) at ./slices_sub.go:16:13
./slices_sub.go:16:13:     from ... argument (slice-literal-element) at ./slices_sub.go:16:13
./slices_sub.go:16:13:   flow: {heap} = {storage for ... argument}:
./slices_sub.go:16:13:     from ... argument (spill) at ./slices_sub.go:16:13
./slices_sub.go:16:13:     from fmt.Println(... argument...) (call parameter) at ./slices_sub.go:16:13
./slices_sub.go:13:13: t escapes to heap:
./slices_sub.go:13:13:   flow: {storage for ... argument} = &{storage for t}:
./slices_sub.go:13:13:     from t (spill) at ./slices_sub.go:13:13
./slices_sub.go:13:13:     from ... argument (slice-literal-element) at ./slices_sub.go:13:13
./slices_sub.go:13:13:   flow: {heap} = {storage for ... argument}:
./slices_sub.go:13:13:     from ... argument (spill) at ./slices_sub.go:13:13
./slices_sub.go:13:13:     from fmt.Println(... argument...) (call parameter) at ./slices_sub.go:13:13
./slices_sub.go:13:13: s escapes to heap:
./slices_sub.go:13:13:   flow: {storage for ... argument} = &{storage for s}:
./slices_sub.go:13:13:     from s (spill) at ./slices_sub.go:13:13
./slices_sub.go:13:13:     from ... argument (slice-literal-element) at ./slices_sub.go:13:13
./slices_sub.go:13:13:   flow: {heap} = {storage for ... argument}:
./slices_sub.go:13:13:     from ... argument (spill) at ./slices_sub.go:13:13
./slices_sub.go:13:13:     from fmt.Println(... argument...) (call parameter) at ./slices_sub.go:13:13
./slices_sub.go:11:28: cap(t) escapes to heap:
./slices_sub.go:11:28:   flow: {storage for ... argument} = &{storage for cap(t)}:
./slices_sub.go:11:28:     from cap(t) (spill) at ./slices_sub.go:11:28
./slices_sub.go:11:28:     from ... argument (slice-literal-element) at ./slices_sub.go:11:13
./slices_sub.go:11:28:   flow: {heap} = {storage for ... argument}:
./slices_sub.go:11:28:     from ... argument (spill) at ./slices_sub.go:11:13
./slices_sub.go:11:28:     from fmt.Println(... argument...) (call parameter) at ./slices_sub.go:11:13
./slices_sub.go:11:20: len(t) escapes to heap:
./slices_sub.go:11:20:   flow: {storage for ... argument} = &{storage for len(t)}:
./slices_sub.go:11:20:     from len(t) (spill) at ./slices_sub.go:11:20
./slices_sub.go:11:20:     from ... argument (slice-literal-element) at ./slices_sub.go:11:13
./slices_sub.go:11:20:   flow: {heap} = {storage for ... argument}:
./slices_sub.go:11:20:     from ... argument (spill) at ./slices_sub.go:11:13
./slices_sub.go:11:20:     from fmt.Println(... argument...) (call parameter) at ./slices_sub.go:11:13
./slices_sub.go:11:13: t escapes to heap:
./slices_sub.go:11:13:   flow: {storage for ... argument} = &{storage for t}:
./slices_sub.go:11:13:     from t (spill) at ./slices_sub.go:11:13
./slices_sub.go:11:13:     from ... argument (slice-literal-element) at ./slices_sub.go:11:13
./slices_sub.go:11:13:   flow: {heap} = {storage for ... argument}:
./slices_sub.go:11:13:     from ... argument (spill) at ./slices_sub.go:11:13
./slices_sub.go:11:13:     from fmt.Println(... argument...) (call parameter) at ./slices_sub.go:11:13
./slices_sub.go:30:11: make([][]int, 3) escapes to heap:
./slices_sub.go:30:11:   flow: m = &{storage for make([][]int, 3)}:
./slices_sub.go:30:11:     from make([][]int, 3) (spill) at ./slices_sub.go:30:11
./slices_sub.go:30:11:     from m := make([][]int, 3) (assign) at ./slices_sub.go:30:4
./slices_sub.go:30:11:   flow: {storage for m} = m:
./slices_sub.go:30:11:     from m (interface-converted) at ./slices_sub.go:37:13
./slices_sub.go:26:6: arr escapes to heap:
./slices_sub.go:26:6:   flow: as = &arr:
./slices_sub.go:26:6:     from arr (address-of) at ./slices_sub.go:27:8
./slices_sub.go:26:6:     from arr[2:4] (slice) at ./slices_sub.go:27:11
./slices_sub.go:26:6:     from as := arr[2:4] (assign) at ./slices_sub.go:27:5
./slices_sub.go:26:6:   flow: {storage for as} = as:
./slices_sub.go:26:6:     from as (interface-converted) at ./slices_sub.go:29:13
./slices_sub.go:6:11: make([]int, 5, 8) escapes to heap:
./slices_sub.go:6:11:   flow: s = &{storage for make([]int, 5, 8)}:
./slices_sub.go:6:11:     from make([]int, 5, 8) (spill) at ./slices_sub.go:6:11
./slices_sub.go:6:11:     from s := make([]int, 5, 8) (assign) at ./slices_sub.go:6:4
./slices_sub.go:6:11:   flow: x = s:
./slices_sub.go:6:11:     from s[:] (slice) at ./slices_sub.go:19:8
./slices_sub.go:6:11:     from x := s[:] (assign) at ./slices_sub.go:19:4
./slices_sub.go:6:11:   flow: {storage for x} = x:
./slices_sub.go:6:11:     from x (interface-converted) at ./slices_sub.go:25:13
./slices_sub.go:26:6: moved to heap: arr
./slices_sub.go:6:11: make([]int, 5, 8) escapes to heap
./slices_sub.go:11:13: ... argument does not escape
./slices_sub.go:11:13: t escapes to heap
./slices_sub.go:11:20: len(t) escapes to heap
./slices_sub.go:11:28: cap(t) escapes to heap
./slices_sub.go:13:13: ... argument does not escape
./slices_sub.go:13:13: s escapes to heap
./slices_sub.go:13:13: t escapes to heap
./slices_sub.go:16:13: ... argument does not escape
./slices_sub.go:16:13: s escapes to heap
./slices_sub.go:16:13: u escapes to heap
./slices_sub.go:16:23: len(u) escapes to heap
./slices_sub.go:16:31: cap(u) escapes to heap
./slices_sub.go:18:13: ... argument does not escape
./slices_sub.go:18:13: w escapes to heap
./slices_sub.go:18:20: len(w) escapes to heap
./slices_sub.go:18:28: cap(w) escapes to heap
./slices_sub.go:22:13: ... argument does not escape
./slices_sub.go:22:13: s escapes to heap
./slices_sub.go:22:13: x escapes to heap
./slices_sub.go:22:23: len(x) escapes to heap
./slices_sub.go:22:31: cap(x) escapes to heap
./slices_sub.go:25:13: ... argument does not escape
./slices_sub.go:25:13: s escapes to heap
./slices_sub.go:25:13: x escapes to heap
./slices_sub.go:25:23: len(x) escapes to heap
./slices_sub.go:25:31: cap(x) escapes to heap
./slices_sub.go:29:13: ... argument does not escape
./slices_sub.go:29:13: arr escapes to heap
./slices_sub.go:29:13: as escapes to heap
./slices_sub.go:29:26: cap(as) escapes to heap
./slices_sub.go:30:11: make([][]int, 3) escapes to heap
./slices_sub.go:32:14: make([]int, i + 1) escapes to heap
./slices_sub.go:37:13: ... argument does not escape
./slices_sub.go:37:13: m escapes to heap
