./zero_size.go:35:28: sl escapes to heap:
./zero_size.go:35:28:   flow: {storage for ... argument} = &{storage for sl}:
./zero_size.go:35:28:     from sl (spill) at ./zero_size.go:35:28
./zero_size.go:35:28:     from ... argument (slice-literal-element) at ./zero_size.go:35:13
./zero_size.go:35:28:   flow: {heap} = {storage for ... argument}:
./zero_size.go:35:28:     from ... argument (spill) at ./zero_size.go:35:13
./zero_size.go:35:28:     from fmt.Println(... argument...) (call parameter) at ./zero_size.go:35:13
./zero_size.go:35:28: len(sl) escapes to heap:
./zero_size.go:35:28:   flow: {storage for ... argument} = &{storage for len(sl)}:
./zero_size.go:35:28:     from len(sl) (spill) at ./zero_size.go:35:28
./zero_size.go:35:28:     from ... argument (slice-literal-element) at ./zero_size.go:35:13
./zero_size.go:35:28:   flow: {heap} = {storage for ... argument}:
./zero_size.go:35:28:     from ... argument (spill) at ./zero_size.go:35:13
./zero_size.go:35:28:     from fmt.Println(... argument...) (call parameter) at ./zero_size.go:35:13
./zero_size.go:35:17: sl == nil escapes to heap:
./zero_size.go:35:17:   flow: {storage for ... argument} = &{storage for sl == nil}:
./zero_size.go:35:17:     from sl == nil (spill) at ./zero_size.go:35:17
./zero_size.go:35:17:     from ... argument (slice-literal-element) at ./zero_size.go:35:13
./zero_size.go:35:17:   flow: {heap} = {storage for ... argument}:
./zero_size.go:35:17:     from ... argument (spill) at ./zero_size.go:35:13
./zero_size.go:35:17:     from fmt.Println(... argument...) (call parameter) at ./zero_size.go:35:13
./zero_size.go:33:14: *e2 escapes to heap:
./zero_size.go:33:14:   flow: {storage for ... argument} = &{storage for *e2}:
./zero_size.go:33:14:     from *e2 (spill) at ./zero_size.go:33:14
./zero_size.go:33:14:     from ... argument (slice-literal-element) at ./zero_size.go:33:13
./zero_size.go:33:14:   flow: {heap} = {storage for ... argument}:
./zero_size.go:33:14:     from ... argument (spill) at ./zero_size.go:33:13
./zero_size.go:33:14:     from fmt.Println(... argument...) (call parameter) at ./zero_size.go:33:13
./zero_size.go:31:21: len(zs) escapes to heap:
./zero_size.go:31:21:   flow: {storage for ... argument} = &{storage for len(zs)}:
./zero_size.go:31:21:     from len(zs) (spill) at ./zero_size.go:31:21
./zero_size.go:31:21:     from ... argument (slice-literal-element) at ./zero_size.go:31:13
./zero_size.go:31:21:   flow: {heap} = {storage for ... argument}:
./zero_size.go:31:21:     from ... argument (spill) at ./zero_size.go:31:13
./zero_size.go:31:21:     from fmt.Println(... argument...) (call parameter) at ./zero_size.go:31:13
./zero_size.go:31:13: zs escapes to heap:
./zero_size.go:31:13:   flow: {storage for ... argument} = &{storage for zs}:
./zero_size.go:31:13:     from zs (spill) at ./zero_size.go:31:13
./zero_size.go:31:13:     from ... argument (slice-literal-element) at ./zero_size.go:31:13
./zero_size.go:31:13:   flow: {heap} = {storage for ... argument}:
./zero_size.go:31:13:     from ... argument (spill) at ./zero_size.go:31:13
./zero_size.go:31:13:     from fmt.Println(... argument...) (call parameter) at ./zero_size.go:31:13
./zero_size.go:29:25: cap(s) escapes to heap:
./zero_size.go:29:25:   flow: {storage for ... argument} = &{storage for cap(s)}:
./zero_size.go:29:25:     from cap(s) (spill) at ./zero_size.go:29:25
./zero_size.go:29:25:     from ... argument (slice-literal-element) at ./zero_size.go:29:13
./zero_size.go:29:25:   flow: {heap} = {storage for ... argument}:
./zero_size.go:29:25:     from ... argument (spill) at ./zero_size.go:29:13
./zero_size.go:29:25:     from fmt.Println(... argument...) (call parameter) at ./zero_size.go:29:13
./zero_size.go:29:17: len(s) escapes to heap:
./zero_size.go:29:17:   flow: {storage for ... argument} = &{storage for len(s)}:
./zero_size.go:29:17:     from len(s) (spill) at ./zero_size.go:29:17
./zero_size.go:29:17:     from ... argument (slice-literal-element) at ./zero_size.go:29:13
./zero_size.go:29:17:   flow: {heap} = {storage for ... argument}:
./zero_size.go:29:17:     from ... argument (spill) at ./zero_size.go:29:13
./zero_size.go:29:17:     from fmt.Println(... argument...) (call parameter) at ./zero_size.go:29:13
./zero_size.go:27:22: len(arr) escapes to heap:
./zero_size.go:27:22:   flow: {storage for ... argument} = &{storage for len(arr)}:
./zero_size.go:27:22:     from len(arr) (spill) at ./zero_size.go:27:22
./zero_size.go:27:22:     from ... argument (slice-literal-element) at ./zero_size.go:27:13
./zero_size.go:27:22:   flow: {heap} = {storage for ... argument}:
./zero_size.go:27:22:     from ... argument (spill) at ./zero_size.go:27:13
./zero_size.go:27:22:     from fmt.Println(... argument...) (call parameter) at ./zero_size.go:27:13
./zero_size.go:27:13: arr escapes to heap:
./zero_size.go:27:13:   flow: {storage for ... argument} = &{storage for arr}:
./zero_size.go:27:13:     from arr (spill) at ./zero_size.go:27:13
./zero_size.go:27:13:     from ... argument (slice-literal-element) at ./zero_size.go:27:13
./zero_size.go:27:13:   flow: {heap} = {storage for ... argument}:
./zero_size.go:27:13:     from ... argument (spill) at ./zero_size.go:27:13
./zero_size.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./zero_size.go:27:13
./zero_size.go:25:21: h.E == Empty{} escapes to heap:
./zero_size.go:25:21:   flow: {storage for ... argument} = &{storage for h.E == Empty{}}:
./zero_size.go:25:21:     from h.E == Empty{} (spill) at ./zero_size.go:25:21
./zero_size.go:25:21:     from ... argument (slice-literal-element) at ./zero_size.go:25:13
./zero_size.go:25:21:   flow: {heap} = {storage for ... argument}:
./zero_size.go:25:21:     from ... argument (spill) at ./zero_size.go:25:13
./zero_size.go:25:21:     from fmt.Println(... argument...) (call parameter) at ./zero_size.go:25:13
./zero_size.go:25:13: h escapes to heap:
./zero_size.go:25:13:   flow: {storage for ... argument} = &{storage for h}:
./zero_size.go:25:13:     from h (spill) at ./zero_size.go:25:13
./zero_size.go:25:13:     from ... argument (slice-literal-element) at ./zero_size.go:25:13
./zero_size.go:25:13:   flow: {heap} = {storage for ... argument}:
./zero_size.go:25:13:     from ... argument (spill) at ./zero_size.go:25:13
./zero_size.go:25:13:     from fmt.Println(... argument...) (call parameter) at ./zero_size.go:25:13
./zero_size.go:23:17: z escapes to heap:
./zero_size.go:23:17:   flow: {storage for ... argument} = &{storage for z}:
./zero_size.go:23:17:     from z (spill) at ./zero_size.go:23:17
./zero_size.go:23:17:     from ... argument (slice-literal-element) at ./zero_size.go:23:13
./zero_size.go:23:17:   flow: {heap} = {storage for ... argument}:
./zero_size.go:23:17:     from ... argument (spill) at ./zero_size.go:23:13
./zero_size.go:23:17:     from fmt.Println(... argument...) (call parameter) at ./zero_size.go:23:13
./zero_size.go:23:17: len(z) escapes to heap:
./zero_size.go:23:17:   flow: {storage for ... argument} = &{storage for len(z)}:
./zero_size.go:23:17:     from len(z) (spill) at ./zero_size.go:23:17
./zero_size.go:23:17:     from ... argument (slice-literal-element) at ./zero_size.go:23:13
./zero_size.go:23:17:   flow: {heap} = {storage for ... argument}:
./zero_size.go:23:17:     from ... argument (spill) at ./zero_size.go:23:13
./zero_size.go:23:17:     from fmt.Println(... argument...) (call parameter) at ./zero_size.go:23:13
./zero_size.go:21:29: mk() escapes to heap:
./zero_size.go:21:29:   flow: {storage for ... argument} = &{storage for mk()}:
./zero_size.go:21:29:     from mk() (spill) at ./zero_size.go:21:29
./zero_size.go:21:29:     from ... argument (slice-literal-element) at ./zero_size.go:21:13
./zero_size.go:21:29:   flow: {heap} = {storage for ... argument}:
./zero_size.go:21:29:     from ... argument (spill) at ./zero_size.go:21:13
./zero_size.go:21:29:     from fmt.Println(... argument...) (call parameter) at ./zero_size.go:21:13
./zero_size.go:21:17: es escapes to heap:
./zero_size.go:21:17:   flow: {storage for ... argument} = &{storage for es}:
./zero_size.go:21:17:     from es (spill) at ./zero_size.go:21:17
./zero_size.go:21:17:     from ... argument (slice-literal-element) at ./zero_size.go:21:13
./zero_size.go:21:17:   flow: {heap} = {storage for ... argument}:
./zero_size.go:21:17:     from ... argument (spill) at ./zero_size.go:21:13
./zero_size.go:21:17:     from fmt.Println(... argument...) (call parameter) at ./zero_size.go:21:13
./zero_size.go:21:17: len(es) escapes to heap:
./zero_size.go:21:17:   flow: {storage for ... argument} = &{storage for len(es)}:
./zero_size.go:21:17:     from len(es) (spill) at ./zero_size.go:21:17
./zero_size.go:21:17:     from ... argument (slice-literal-element) at ./zero_size.go:21:13
./zero_size.go:21:17:   flow: {heap} = {storage for ... argument}:
./zero_size.go:21:17:     from ... argument (spill) at ./zero_size.go:21:13
./zero_size.go:21:17:     from fmt.Println(... argument...) (call parameter) at ./zero_size.go:21:13
./zero_size.go:34:21: make([]int, 0) escapes to heap:
./zero_size.go:34:21:   flow: sl = &{storage for make([]int, 0)}:
./zero_size.go:34:21:     from make([]int, 0) (spill) at ./zero_size.go:34:21
./zero_size.go:34:21:     from sl = make([]int, 0) (assign) at ./zero_size.go:34:6
./zero_size.go:34:21:   flow: {storage for sl} = sl:
./zero_size.go:34:21:     from sl (interface-converted) at ./zero_size.go:35:28
./zero_size.go:30:12: make([][0]int, 4) escapes to heap:
./zero_size.go:30:12:   flow: zs = &{storage for make([][0]int, 4)}:
./zero_size.go:30:12:     from make([][0]int, 4) (spill) at ./zero_size.go:30:12
./zero_size.go:30:12:     from zs := make([][0]int, 4) (assign) at ./zero_size.go:30:5
./zero_size.go:30:12:   flow: {storage for zs} = zs:
./zero_size.go:30:12:     from zs (interface-converted) at ./zero_size.go:31:13
./zero_size.go:21:13: ... argument does not escape
./zero_size.go:21:17: len(es) escapes to heap
./zero_size.go:21:17: es escapes to heap
./zero_size.go:21:29: mk() escapes to heap
./zero_size.go:23:13: ... argument does not escape
./zero_size.go:23:17: len(z) escapes to heap
./zero_size.go:23:17: z escapes to heap
./zero_size.go:25:13: ... argument does not escape
./zero_size.go:25:13: h escapes to heap
./zero_size.go:25:21: h.E == Empty{} escapes to heap
./zero_size.go:27:13: ... argument does not escape
./zero_size.go:27:13: arr escapes to heap
./zero_size.go:27:22: len(arr) escapes to heap
./zero_size.go:28:11: make([]struct0, 3, 10) does not escape
./zero_size.go:29:13: ... argument does not escape
./zero_size.go:29:17: len(s) escapes to heap
./zero_size.go:29:25: cap(s) escapes to heap
./zero_size.go:30:12: make([][0]int, 4) escapes to heap
./zero_size.go:31:13: ... argument does not escape
./zero_size.go:31:13: zs escapes to heap
./zero_size.go:31:21: len(zs) escapes to heap
./zero_size.go:32:8: &Empty{} does not escape
./zero_size.go:33:13: ... argument does not escape
./zero_size.go:33:14: *e2 escapes to heap
./zero_size.go:34:21: make([]int, 0) escapes to heap
./zero_size.go:35:13: ... argument does not escape
./zero_size.go:35:17: sl == nil escapes to heap
./zero_size.go:35:28: len(sl) escapes to heap
./zero_size.go:35:28: sl escapes to heap
