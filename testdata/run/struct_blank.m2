./struct_blank.go:34:2: arr escapes to heap:
./struct_blank.go:34:2:   flow: {storage for ... argument} = &arr:
./struct_blank.go:34:2:     from arr[0] (fixed-array-index-of) at ./struct_blank.go:35:23
./struct_blank.go:34:2:     from &arr[0] (address-of) at ./struct_blank.go:35:19
./struct_blank.go:34:2:     from &arr[0] (interface-converted) at ./struct_blank.go:35:19
./struct_blank.go:34:2:     from ... argument (slice-literal-element) at ./struct_blank.go:35:13
./struct_blank.go:34:2:   flow: {heap} = {storage for ... argument}:
./struct_blank.go:34:2:     from ... argument (spill) at ./struct_blank.go:35:13
./struct_blank.go:34:2:     from fmt.Println(... argument...) (call parameter) at ./struct_blank.go:35:13
./struct_blank.go:35:13: arr escapes to heap:
./struct_blank.go:35:13:   flow: {storage for ... argument} = &{storage for arr}:
./struct_blank.go:35:13:     from arr (spill) at ./struct_blank.go:35:13
./struct_blank.go:35:13:     from ... argument (slice-literal-element) at ./struct_blank.go:35:13
./struct_blank.go:35:13:   flow: {heap} = {storage for ... argument}:
./struct_blank.go:35:13:     from ... argument (spill) at ./struct_blank.go:35:13
./struct_blank.go:35:13:     from fmt.Println(... argument...) (call parameter) at ./struct_blank.go:35:13
./struct_blank.go:32:6: z escapes to heap:
./struct_blank.go:32:6:   flow: {storage for ... argument} = &z:
./struct_blank.go:32:6:     from &z (address-of) at ./struct_blank.go:33:29
./struct_blank.go:32:6:     from &z (interface-converted) at ./struct_blank.go:33:29
./struct_blank.go:32:6:     from ... argument (slice-literal-element) at ./struct_blank.go:33:13
./struct_blank.go:32:6:   flow: {heap} = {storage for ... argument}:
./struct_blank.go:32:6:     from ... argument (spill) at ./struct_blank.go:33:13
./struct_blank.go:32:6:     from fmt.Println(... argument...) (call parameter) at ./struct_blank.go:33:13
./struct_blank.go:33:21: z.V == nil escapes to heap:
./struct_blank.go:33:21:   flow: {storage for ... argument} = &{storage for z.V == nil}:
./struct_blank.go:33:21:     from z.V == nil (spill) at ./struct_blank.go:33:21
./struct_blank.go:33:21:     from ... argument (slice-literal-element) at ./struct_blank.go:33:13
./struct_blank.go:33:21:   flow: {heap} = {storage for ... argument}:
./struct_blank.go:33:21:     from ... argument (spill) at ./struct_blank.go:33:13
./struct_blank.go:33:21:     from fmt.Println(... argument...) (call parameter) at ./struct_blank.go:33:13
./struct_blank.go:33:13: z escapes to heap:
./struct_blank.go:33:13:   flow: {storage for ... argument} = &{storage for z}:
./struct_blank.go:33:13:     from z (spill) at ./struct_blank.go:33:13
./struct_blank.go:33:13:     from ... argument (slice-literal-element) at ./struct_blank.go:33:13
./struct_blank.go:33:13:   flow: {heap} = {storage for ... argument}:
./struct_blank.go:33:13:     from ... argument (spill) at ./struct_blank.go:33:13
./struct_blank.go:33:13:     from fmt.Println(... argument...) (call parameter) at ./struct_blank.go:33:13
./struct_blank.go:31:13: ps escapes to heap:
./struct_blank.go:31:13:   flow: {storage for ... argument} = &{storage for ps}:
./struct_blank.go:31:13:     from ps (spill) at ./struct_blank.go:31:13
./struct_blank.go:31:13:     from ... argument (slice-literal-element) at ./struct_blank.go:31:13
./struct_blank.go:31:13:   flow: {heap} = {storage for ... argument}:
./struct_blank.go:31:13:     from ... argument (spill) at ./struct_blank.go:31:13
./struct_blank.go:31:13:     from fmt.Println(... argument...) (call parameter) at ./struct_blank.go:31:13
./struct_blank.go:27:21: len(ps[1].V) escapes to heap:
./struct_blank.go:27:21:   flow: {storage for ... argument} = &{storage for len(ps[1].V)}:
./struct_blank.go:27:21:     from len(ps[1].V) (spill) at ./struct_blank.go:27:21
./struct_blank.go:27:21:     from ... argument (slice-literal-element) at ./struct_blank.go:27:13
./struct_blank.go:27:21:   flow: {heap} = {storage for ... argument}:
./struct_blank.go:27:21:     from ... argument (spill) at ./struct_blank.go:27:13
./struct_blank.go:27:21:     from fmt.Println(... argument...) (call parameter) at ./struct_blank.go:27:13
./struct_blank.go:27:13: ps escapes to heap:
./struct_blank.go:27:13:   flow: {storage for ... argument} = &{storage for ps}:
./struct_blank.go:27:13:     from ps (spill) at ./struct_blank.go:27:13
./struct_blank.go:27:13:     from ... argument (slice-literal-element) at ./struct_blank.go:27:13
./struct_blank.go:27:13:   flow: {heap} = {storage for ... argument}:
./struct_blank.go:27:13:     from ... argument (spill) at ./struct_blank.go:27:13
./struct_blank.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./struct_blank.go:27:13
./struct_blank.go:24:26: []int{...} escapes to heap:
./struct_blank.go:24:26:   flow: {storage for []Pair{...}} = &{storage for []int{...}}:
./struct_blank.go:24:26:     from []int{...} (spill) at ./struct_blank.go:24:26
./struct_blank.go:24:26:     from Pair{...} (struct literal element) at ./struct_blank.go:24:15
./struct_blank.go:24:26:     from []Pair{...} (slice-literal-element) at ./struct_blank.go:24:14
./struct_blank.go:24:26:   flow: ps = &{storage for []Pair{...}}:
./struct_blank.go:24:26:     from []Pair{...} (spill) at ./struct_blank.go:24:14
./struct_blank.go:24:26:     from ps := []Pair{...} (assign) at ./struct_blank.go:24:5
./struct_blank.go:24:26:   flow: {heap} = *ps:
./struct_blank.go:24:26:     from ps[1] (dot of pointer) at ./struct_blank.go:26:21
./struct_blank.go:24:26:     from ps[1].V (dot) at ./struct_blank.go:26:24
./struct_blank.go:24:26:     from append(ps[1].V, 5, 6) (call parameter) at ./struct_blank.go:26:18
./struct_blank.go:24:26:     from ps[1].V = append(ps[1].V, 5, 6) (assign) at ./struct_blank.go:26:10
./struct_blank.go:25:13: ps escapes to heap:
./struct_blank.go:25:13:   flow: {storage for ... argument} = &{storage for ps}:
./struct_blank.go:25:13:     from ps (spill) at ./struct_blank.go:25:13
./struct_blank.go:25:13:     from ... argument (slice-literal-element) at ./struct_blank.go:25:13
./struct_blank.go:25:13:   flow: {heap} = {storage for ... argument}:
./struct_blank.go:25:13:     from ... argument (spill) at ./struct_blank.go:25:13
./struct_blank.go:25:13:     from fmt.Println(... argument...) (call parameter) at ./struct_blank.go:25:13
./struct_blank.go:23:45: r2.Flag escapes to heap:
./struct_blank.go:23:45:   flow: {storage for ... argument} = &{storage for r2.Flag}:
./struct_blank.go:23:45:     from r2.Flag (spill) at ./struct_blank.go:23:45
./struct_blank.go:23:45:     from ... argument (slice-literal-element) at ./struct_blank.go:23:13
./struct_blank.go:23:45:   flow: {heap} = {storage for ... argument}:
./struct_blank.go:23:45:     from ... argument (spill) at ./struct_blank.go:23:13
./struct_blank.go:23:45:     from fmt.Println(... argument...) (call parameter) at ./struct_blank.go:23:13
./struct_blank.go:23:37: r.Val escapes to heap:
./struct_blank.go:23:37:   flow: {storage for ... argument} = &{storage for r.Val}:
./struct_blank.go:23:37:     from r.Val (spill) at ./struct_blank.go:23:37
./struct_blank.go:23:37:     from ... argument (slice-literal-element) at ./struct_blank.go:23:13
./struct_blank.go:23:37:   flow: {heap} = {storage for ... argument}:
./struct_blank.go:23:37:     from ... argument (spill) at ./struct_blank.go:23:13
./struct_blank.go:23:37:     from fmt.Println(... argument...) (call parameter) at ./struct_blank.go:23:13
./struct_blank.go:23:29: r.Flag escapes to heap:
./struct_blank.go:23:29:   flow: {storage for ... argument} = &{storage for r.Flag}:
./struct_blank.go:23:29:     from r.Flag (spill) at ./struct_blank.go:23:29
./struct_blank.go:23:29:     from ... argument (slice-literal-element) at ./struct_blank.go:23:13
./struct_blank.go:23:29:   flow: {heap} = {storage for ... argument}:
./struct_blank.go:23:29:     from ... argument (spill) at ./struct_blank.go:23:13
./struct_blank.go:23:29:     from fmt.Println(... argument...) (call parameter) at ./struct_blank.go:23:13
./struct_blank.go:23:21: r.Name escapes to heap:
./struct_blank.go:23:21:   flow: {storage for ... argument} = &{storage for r.Name}:
./struct_blank.go:23:21:     from r.Name (spill) at ./struct_blank.go:23:21
./struct_blank.go:23:21:     from ... argument (slice-literal-element) at ./struct_blank.go:23:13
./struct_blank.go:23:21:   flow: {heap} = {storage for ... argument}:
./struct_blank.go:23:21:     from ... argument (spill) at ./struct_blank.go:23:13
./struct_blank.go:23:21:     from fmt.Println(... argument...) (call parameter) at ./struct_blank.go:23:13
./struct_blank.go:23:15: r.ID escapes to heap:
./struct_blank.go:23:15:   flow: {storage for ... argument} = &{storage for r.ID}:
./struct_blank.go:23:15:     from r.ID (spill) at ./struct_blank.go:23:15
./struct_blank.go:23:15:     from ... argument (slice-literal-element) at ./struct_blank.go:23:13
./struct_blank.go:23:15:   flow: {heap} = {storage for ... argument}:
./struct_blank.go:23:15:     from ... argument (spill) at ./struct_blank.go:23:13
./struct_blank.go:23:15:     from fmt.Println(... argument...) (call parameter) at ./struct_blank.go:23:13
./struct_blank.go:24:14: []Pair{...} escapes to heap:
./struct_blank.go:24:14:   flow: ps = &{storage for []Pair{...}}:
./struct_blank.go:24:14:     from []Pair{...} (spill) at ./struct_blank.go:24:14
./struct_blank.go:24:14:     from ps := []Pair{...} (assign) at ./struct_blank.go:24:5
./struct_blank.go:24:14:   flow: {storage for ps} = ps:
./struct_blank.go:24:14:     from ps (interface-converted) at ./struct_blank.go:31:13
./struct_blank.go:32:6: moved to heap: z
./struct_blank.go:34:2: moved to heap: arr
./struct_blank.go:23:13: ... argument does not escape
./struct_blank.go:23:15: r.ID escapes to heap
./struct_blank.go:23:21: r.Name escapes to heap
./struct_blank.go:23:29: r.Flag escapes to heap
./struct_blank.go:23:37: r.Val escapes to heap
./struct_blank.go:23:45: r2.Flag escapes to heap
./struct_blank.go:24:14: []Pair{...} escapes to heap
./struct_blank.go:24:26: []int{...} escapes to heap
./struct_blank.go:25:13: ... argument does not escape
./struct_blank.go:25:13: ps escapes to heap
./struct_blank.go:27:13: ... argument does not escape
./struct_blank.go:27:13: ps escapes to heap
./struct_blank.go:27:21: len(ps[1].V) escapes to heap
./struct_blank.go:31:13: ... argument does not escape
./struct_blank.go:31:13: ps escapes to heap
./struct_blank.go:33:13: ... argument does not escape
./struct_blank.go:33:13: z escapes to heap
./struct_blank.go:33:21: z.V == nil escapes to heap
./struct_blank.go:35:13: ... argument does not escape
./struct_blank.go:35:13: arr escapes to heap
