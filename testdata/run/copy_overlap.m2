./copy_overlap.go:37:43: big[999] escapes to heap:
./copy_overlap.go:37:43:   flow: {storage for ... argument} = &{storage for big[999]}:
./copy_overlap.go:37:43:     from big[999] (spill) at ./copy_overlap.go:37:43
./copy_overlap.go:37:43:     from ... argument (slice-literal-element) at ./copy_overlap.go:37:13
./copy_overlap.go:37:43:   flow: {heap} = {storage for ... argument}:
./copy_overlap.go:37:43:     from ... argument (spill) at ./copy_overlap.go:37:13
./copy_overlap.go:37:43:     from fmt.Println(... argument...) (call parameter) at ./copy_overlap.go:37:13
./copy_overlap.go:37:33: big[500] escapes to heap:
./copy_overlap.go:37:33:   flow: {storage for ... argument} = &{storage for big[500]}:
./copy_overlap.go:37:33:     from big[500] (spill) at ./copy_overlap.go:37:33
./copy_overlap.go:37:33:     from ... argument (slice-literal-element) at ./copy_overlap.go:37:13
./copy_overlap.go:37:33:   flow: {heap} = {storage for ... argument}:
./copy_overlap.go:37:33:     from ... argument (spill) at ./copy_overlap.go:37:13
./copy_overlap.go:37:33:     from fmt.Println(... argument...) (call parameter) at ./copy_overlap.go:37:13
./copy_overlap.go:37:25: big[1] escapes to heap:
./copy_overlap.go:37:25:   flow: {storage for ... argument} = &{storage for big[1]}:
./copy_overlap.go:37:25:     from big[1] (spill) at ./copy_overlap.go:37:25
./copy_overlap.go:37:25:     from ... argument (slice-literal-element) at ./copy_overlap.go:37:13
./copy_overlap.go:37:25:   flow: {heap} = {storage for ... argument}:
./copy_overlap.go:37:25:     from ... argument (spill) at ./copy_overlap.go:37:13
./copy_overlap.go:37:25:     from fmt.Println(... argument...) (call parameter) at ./copy_overlap.go:37:13
./copy_overlap.go:37:17: big[0] escapes to heap:
./copy_overlap.go:37:17:   flow: {storage for ... argument} = &{storage for big[0]}:
./copy_overlap.go:37:17:     from big[0] (spill) at ./copy_overlap.go:37:17
./copy_overlap.go:37:17:     from ... argument (slice-literal-element) at ./copy_overlap.go:37:13
./copy_overlap.go:37:17:   flow: {heap} = {storage for ... argument}:
./copy_overlap.go:37:17:     from ... argument (spill) at ./copy_overlap.go:37:13
./copy_overlap.go:37:17:     from fmt.Println(... argument...) (call parameter) at ./copy_overlap.go:37:13
./copy_overlap.go:31:13: strs escapes to heap:
./copy_overlap.go:31:13:   flow: {storage for ... argument} = &{storage for strs}:
./copy_overlap.go:31:13:     from strs (spill) at ./copy_overlap.go:31:13
./copy_overlap.go:31:13:     from ... argument (slice-literal-element) at ./copy_overlap.go:31:13
./copy_overlap.go:31:13:   flow: {heap} = {storage for ... argument}:
./copy_overlap.go:31:13:     from ... argument (spill) at ./copy_overlap.go:31:13
./copy_overlap.go:31:13:     from fmt.Println(... argument...) (call parameter) at ./copy_overlap.go:31:13
./copy_overlap.go:28:13: arr escapes to heap:
./copy_overlap.go:28:13:   flow: {storage for ... argument} = &{storage for arr}:
./copy_overlap.go:28:13:     from arr (spill) at ./copy_overlap.go:28:13
./copy_overlap.go:28:13:     from ... argument (slice-literal-element) at ./copy_overlap.go:28:13
./copy_overlap.go:28:13:   flow: {heap} = {storage for ... argument}:
./copy_overlap.go:28:13:     from ... argument (spill) at ./copy_overlap.go:28:13
./copy_overlap.go:28:13:     from fmt.Println(... argument...) (call parameter) at ./copy_overlap.go:28:13
./copy_overlap.go:28:13: n escapes to heap:
./copy_overlap.go:28:13:   flow: {storage for ... argument} = &{storage for n}:
./copy_overlap.go:28:13:     from n (spill) at ./copy_overlap.go:28:13
./copy_overlap.go:28:13:     from ... argument (slice-literal-element) at ./copy_overlap.go:28:13
./copy_overlap.go:28:13:   flow: {heap} = {storage for ... argument}:
./copy_overlap.go:28:13:     from ... argument (spill) at ./copy_overlap.go:28:13
./copy_overlap.go:28:13:     from fmt.Println(... argument...) (call parameter) at ./copy_overlap.go:28:13
./copy_overlap.go:25:34: copy(s, empty) escapes to heap:
./copy_overlap.go:25:34:   flow: {storage for ... argument} = &{storage for copy(s, empty)}:
./copy_overlap.go:25:34:     from copy(s, empty) (spill) at ./copy_overlap.go:25:34
./copy_overlap.go:25:34:     from ... argument (slice-literal-element) at ./copy_overlap.go:25:13
./copy_overlap.go:25:34:   flow: {heap} = {storage for ... argument}:
./copy_overlap.go:25:34:     from ... argument (spill) at ./copy_overlap.go:25:13
./copy_overlap.go:25:34:     from fmt.Println(... argument...) (call parameter) at ./copy_overlap.go:25:13
./copy_overlap.go:25:18: copy(empty, s) escapes to heap:
./copy_overlap.go:25:18:   flow: {storage for ... argument} = &{storage for copy(empty, s)}:
./copy_overlap.go:25:18:     from copy(empty, s) (spill) at ./copy_overlap.go:25:18
./copy_overlap.go:25:18:     from ... argument (slice-literal-element) at ./copy_overlap.go:25:13
./copy_overlap.go:25:18:   flow: {heap} = {storage for ... argument}:
./copy_overlap.go:25:18:     from ... argument (spill) at ./copy_overlap.go:25:13
./copy_overlap.go:25:18:     from fmt.Println(... argument...) (call parameter) at ./copy_overlap.go:25:13
./copy_overlap.go:23:13: ps escapes to heap:
./copy_overlap.go:23:13:   flow: {storage for ... argument} = &{storage for ps}:
./copy_overlap.go:23:13:     from ps (spill) at ./copy_overlap.go:23:13
./copy_overlap.go:23:13:     from ... argument (slice-literal-element) at ./copy_overlap.go:23:13
./copy_overlap.go:23:13:   flow: {heap} = {storage for ... argument}:
./copy_overlap.go:23:13:     from ... argument (spill) at ./copy_overlap.go:23:13
./copy_overlap.go:23:13:     from fmt.Println(... argument...) (call parameter) at ./copy_overlap.go:23:13
./copy_overlap.go:23:13: n escapes to heap:
./copy_overlap.go:23:13:   flow: {storage for ... argument} = &{storage for n}:
./copy_overlap.go:23:13:     from n (spill) at ./copy_overlap.go:23:13
./copy_overlap.go:23:13:     from ... argument (slice-literal-element) at ./copy_overlap.go:23:13
./copy_overlap.go:23:13:   flow: {heap} = {storage for ... argument}:
./copy_overlap.go:23:13:     from ... argument (spill) at ./copy_overlap.go:23:13
./copy_overlap.go:23:13:     from fmt.Println(... argument...) (call parameter) at ./copy_overlap.go:23:13
./copy_overlap.go:20:13: b escapes to heap:
./copy_overlap.go:20:13:   flow: {storage for ... argument} = &{storage for b}:
./copy_overlap.go:20:13:     from b (spill) at ./copy_overlap.go:20:13
./copy_overlap.go:20:13:     from ... argument (slice-literal-element) at ./copy_overlap.go:20:13
./copy_overlap.go:20:13:   flow: {heap} = {storage for ... argument}:
./copy_overlap.go:20:13:     from ... argument (spill) at ./copy_overlap.go:20:13
./copy_overlap.go:20:13:     from fmt.Println(... argument...) (call parameter) at ./copy_overlap.go:20:13
./copy_overlap.go:20:13: n escapes to heap:
./copy_overlap.go:20:13:   flow: {storage for ... argument} = &{storage for n}:
./copy_overlap.go:20:13:     from n (spill) at ./copy_overlap.go:20:13
./copy_overlap.go:20:13:     from ... argument (slice-literal-element) at ./copy_overlap.go:20:13
./copy_overlap.go:20:13:   flow: {heap} = {storage for ... argument}:
./copy_overlap.go:20:13:     from ... argument (spill) at ./copy_overlap.go:20:13
./copy_overlap.go:20:13:     from fmt.Println(... argument...) (call parameter) at ./copy_overlap.go:20:13
./copy_overlap.go:18:13: b escapes to heap:
./copy_overlap.go:18:13:   flow: {storage for ... argument} = &{storage for b}:
./copy_overlap.go:18:13:     from b (spill) at ./copy_overlap.go:18:13
./copy_overlap.go:18:13:     from ... argument (slice-literal-element) at ./copy_overlap.go:18:13
./copy_overlap.go:18:13:   flow: {heap} = {storage for ... argument}:
./copy_overlap.go:18:13:     from ... argument (spill) at ./copy_overlap.go:18:13
./copy_overlap.go:18:13:     from fmt.Println(... argument...) (call parameter) at ./copy_overlap.go:18:13
./copy_overlap.go:18:13: n escapes to heap:
./copy_overlap.go:18:13:   flow: {storage for ... argument} = &{storage for n}:
./copy_overlap.go:18:13:     from n (spill) at ./copy_overlap.go:18:13
./copy_overlap.go:18:13:     from ... argument (slice-literal-element) at ./copy_overlap.go:18:13
./copy_overlap.go:18:13:   flow: {heap} = {storage for ... argument}:
./copy_overlap.go:18:13:     from ... argument (spill) at ./copy_overlap.go:18:13
./copy_overlap.go:18:13:     from fmt.Println(... argument...) (call parameter) at ./copy_overlap.go:18:13
./copy_overlap.go:16:13: b escapes to heap:
./copy_overlap.go:16:13:   flow: {storage for ... argument} = &{storage for b}:
./copy_overlap.go:16:13:     from b (spill) at ./copy_overlap.go:16:13
./copy_overlap.go:16:13:     from ... argument (slice-literal-element) at ./copy_overlap.go:16:13
./copy_overlap.go:16:13:   flow: {heap} = {storage for ... argument}:
./copy_overlap.go:16:13:     from ... argument (spill) at ./copy_overlap.go:16:13
./copy_overlap.go:16:13:     from fmt.Println(... argument...) (call parameter) at ./copy_overlap.go:16:13
./copy_overlap.go:16:13: n escapes to heap:
./copy_overlap.go:16:13:   flow: {storage for ... argument} = &{storage for n}:
./copy_overlap.go:16:13:     from n (spill) at ./copy_overlap.go:16:13
./copy_overlap.go:16:13:     from ... argument (slice-literal-element) at ./copy_overlap.go:16:13
./copy_overlap.go:16:13:   flow: {heap} = {storage for ... argument}:
./copy_overlap.go:16:13:     from ... argument (spill) at ./copy_overlap.go:16:13
./copy_overlap.go:16:13:     from fmt.Println(... argument...) (call parameter) at ./copy_overlap.go:16:13
./copy_overlap.go:13:13: s escapes to heap:
./copy_overlap.go:13:13:   flow: {storage for ... argument} = &{storage for s}:
./copy_overlap.go:13:13:     from s (spill) at ./copy_overlap.go:13:13
./copy_overlap.go:13:13:     from ... argument (slice-literal-element) at ./copy_overlap.go:13:13
./copy_overlap.go:13:13:   flow: {heap} = {storage for ... argument}:
./copy_overlap.go:13:13:     from ... argument (spill) at ./copy_overlap.go:13:13
./copy_overlap.go:13:13:     from fmt.Println(... argument...) (call parameter) at ./copy_overlap.go:13:13
./copy_overlap.go:13:13: n escapes to heap:
./copy_overlap.go:13:13:   flow: {storage for ... argument} = &{storage for n}:
./copy_overlap.go:13:13:     from n (spill) at ./copy_overlap.go:13:13
./copy_overlap.go:13:13:     from ... argument (slice-literal-element) at ./copy_overlap.go:13:13
./copy_overlap.go:13:13:   flow: {heap} = {storage for ... argument}:
./copy_overlap.go:13:13:     from ... argument (spill) at ./copy_overlap.go:13:13
./copy_overlap.go:13:13:     from fmt.Println(... argument...) (call parameter) at ./copy_overlap.go:13:13
./copy_overlap.go:10:13: s escapes to heap:
./copy_overlap.go:10:13:   flow: {storage for ... argument} = &{storage for s}:
./copy_overlap.go:10:13:     from s (spill) at ./copy_overlap.go:10:13
./copy_overlap.go:10:13:     from ... argument (slice-literal-element) at ./copy_overlap.go:10:13
./copy_overlap.go:10:13:   flow: {heap} = {storage for ... argument}:
./copy_overlap.go:10:13:     from ... argument (spill) at ./copy_overlap.go:10:13
./copy_overlap.go:10:13:     from fmt.Println(... argument...) (call parameter) at ./copy_overlap.go:10:13
./copy_overlap.go:10:13: n escapes to heap:
./copy_overlap.go:10:13:   flow: {storage for ... argument} = &{storage for n}:
./copy_overlap.go:10:13:     from n (spill) at ./copy_overlap.go:10:13
./copy_overlap.go:10:13:     from ... argument (slice-literal-element) at ./copy_overlap.go:10:13
./copy_overlap.go:10:13:   flow: {heap} = {storage for ... argument}:
./copy_overlap.go:10:13:     from ... argument (spill) at ./copy_overlap.go:10:13
./copy_overlap.go:10:13:     from fmt.Println(... argument...) (call parameter) at ./copy_overlap.go:10:13
./copy_overlap.go:29:18: []string{...} escapes to heap:
./copy_overlap.go:29:18:   flow: strs = &{storage for []string{...}}:
./copy_overlap.go:29:18:     from []string{...} (spill) at ./copy_overlap.go:29:18
./copy_overlap.go:29:18:     from strs := []string{...} (assign) at ./copy_overlap.go:29:7
./copy_overlap.go:29:18:   flow: {storage for strs} = strs:
./copy_overlap.go:29:18:     from strs (interface-converted) at ./copy_overlap.go:31:13
./copy_overlap.go:21:11: []P{...} escapes to heap:
./copy_overlap.go:21:11:   flow: ps = &{storage for []P{...}}:
./copy_overlap.go:21:11:     from []P{...} (spill) at ./copy_overlap.go:21:11
./copy_overlap.go:21:11:     from ps := []P{...} (assign) at ./copy_overlap.go:21:5
./copy_overlap.go:21:11:   flow: {storage for ps} = ps:
./copy_overlap.go:21:11:     from ps (interface-converted) at ./copy_overlap.go:23:13
./copy_overlap.go:14:11: make([]byte, 3) escapes to heap:
./copy_overlap.go:14:11:   flow: b = &{storage for make([]byte, 3)}:
./copy_overlap.go:14:11:     from make([]byte, 3) (spill) at ./copy_overlap.go:14:11
./copy_overlap.go:14:11:     from b := make([]byte, 3) (assign) at ./copy_overlap.go:14:4
./copy_overlap.go:14:11:   flow: {storage for b} = b:
./copy_overlap.go:14:11:     from b (interface-converted) at ./copy_overlap.go:20:13
./copy_overlap.go:11:11: []int{...} escapes to heap:
./copy_overlap.go:11:11:   flow: s = &{storage for []int{...}}:
./copy_overlap.go:11:11:     from []int{...} (spill) at ./copy_overlap.go:11:11
./copy_overlap.go:11:11:     from s = []int{...} (assign) at ./copy_overlap.go:11:4
./copy_overlap.go:11:11:   flow: {storage for s} = s:
./copy_overlap.go:11:11:     from s (interface-converted) at ./copy_overlap.go:13:13
./copy_overlap.go:8:12: []int{...} escapes to heap:
./copy_overlap.go:8:12:   flow: s = &{storage for []int{...}}:
./copy_overlap.go:8:12:     from []int{...} (spill) at ./copy_overlap.go:8:12
./copy_overlap.go:8:12:     from s := []int{...} (assign) at ./copy_overlap.go:8:4
./copy_overlap.go:8:12:   flow: {storage for s} = s:
./copy_overlap.go:8:12:     from s (interface-converted) at ./copy_overlap.go:13:13
./copy_overlap.go:8:12: []int{...} escapes to heap
./copy_overlap.go:10:13: ... argument does not escape
./copy_overlap.go:10:13: n escapes to heap
./copy_overlap.go:10:13: s escapes to heap
./copy_overlap.go:11:11: []int{...} escapes to heap
./copy_overlap.go:13:13: ... argument does not escape
./copy_overlap.go:13:13: n escapes to heap
./copy_overlap.go:13:13: s escapes to heap
./copy_overlap.go:14:11: make([]byte, 3) escapes to heap
./copy_overlap.go:15:20: []byte{...} does not escape
./copy_overlap.go:16:13: ... argument does not escape
./copy_overlap.go:16:13: n escapes to heap
./copy_overlap.go:16:13: b escapes to heap
./copy_overlap.go:18:13: ... argument does not escape
./copy_overlap.go:18:13: n escapes to heap
./copy_overlap.go:18:13: b escapes to heap
./copy_overlap.go:20:13: ... argument does not escape
./copy_overlap.go:20:13: n escapes to heap
./copy_overlap.go:20:13: b escapes to heap
./copy_overlap.go:21:11: []P{...} escapes to heap
./copy_overlap.go:23:13: ... argument does not escape
./copy_overlap.go:23:13: n escapes to heap
./copy_overlap.go:23:13: ps escapes to heap
./copy_overlap.go:25:13: ... argument does not escape
./copy_overlap.go:25:18: copy(empty, s) escapes to heap
./copy_overlap.go:25:34: copy(s, empty) escapes to heap
./copy_overlap.go:28:13: ... argument does not escape
./copy_overlap.go:28:13: n escapes to heap
./copy_overlap.go:28:13: arr escapes to heap
./copy_overlap.go:29:18: []string{...} escapes to heap
./copy_overlap.go:31:13: ... argument does not escape
./copy_overlap.go:31:13: strs escapes to heap
./copy_overlap.go:32:13: make([]int64, 1000) does not escape
./copy_overlap.go:37:13: ... argument does not escape
./copy_overlap.go:37:17: big[0] escapes to heap
./copy_overlap.go:37:25: big[1] escapes to heap
./copy_overlap.go:37:33: big[500] escapes to heap
./copy_overlap.go:37:43: big[999] escapes to heap
