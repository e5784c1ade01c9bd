./switch_panic.go:5:11: xs does not escape
./switch_panic.go:24:31: pick([]int{...}, i) escapes to heap:
./switch_panic.go:24:31:   flow: {storage for ... argument} = &{storage for pick([]int{...}, i)}:
./switch_panic.go:24:31:     from pick([]int{...}, i) (spill) at ./switch_panic.go:24:31
./switch_panic.go:24:31:     from ... argument (slice-literal-element) at ./switch_panic.go:24:15
./switch_panic.go:24:31:   flow: {heap} = {storage for ... argument}:
./switch_panic.go:24:31:     from ... argument (spill) at ./switch_panic.go:24:15
./switch_panic.go:24:31:     from fmt.Println(... argument...) (call parameter) at ./switch_panic.go:24:15
./switch_panic.go:24:16: i escapes to heap:
./switch_panic.go:24:16:   flow: {storage for ... argument} = &{storage for i}:
./switch_panic.go:24:16:     from i (spill) at ./switch_panic.go:24:16
./switch_panic.go:24:16:     from ... argument (slice-literal-element) at ./switch_panic.go:24:15
./switch_panic.go:24:16:   flow: {heap} = {storage for ... argument}:
./switch_panic.go:24:16:     from ... argument (spill) at ./switch_panic.go:24:15
./switch_panic.go:24:16:     from fmt.Println(... argument...) (call parameter) at ./switch_panic.go:24:15
./switch_panic.go:24:16: "case" escapes to heap:
./switch_panic.go:24:16:   flow: {storage for ... argument} = &{storage for "case"}:
./switch_panic.go:24:16:     from "case" (spill) at ./switch_panic.go:24:16
./switch_panic.go:24:16:     from ... argument (slice-literal-element) at ./switch_panic.go:24:15
./switch_panic.go:24:16:   flow: {heap} = {storage for ... argument}:
./switch_panic.go:24:16:     from ... argument (spill) at ./switch_panic.go:24:15
./switch_panic.go:24:16:     from fmt.Println(... argument...) (call parameter) at ./switch_panic.go:24:15
./switch_panic.go:22:16: *p escapes to heap:
./switch_panic.go:22:16:   flow: {storage for ... argument} = &{storage for *p}:
./switch_panic.go:22:16:     from *p (spill) at ./switch_panic.go:22:16
./switch_panic.go:22:16:     from ... argument (slice-literal-element) at ./switch_panic.go:22:15
./switch_panic.go:22:16:   flow: {heap} = {storage for ... argument}:
./switch_panic.go:22:16:     from ... argument (spill) at ./switch_panic.go:22:15
./switch_panic.go:22:16:     from fmt.Println(... argument...) (call parameter) at ./switch_panic.go:22:15
./switch_panic.go:21:16: "about to panic" escapes to heap:
./switch_panic.go:21:16:   flow: {storage for ... argument} = &{storage for "about to panic"}:
./switch_panic.go:21:16:     from "about to panic" (spill) at ./switch_panic.go:21:16
./switch_panic.go:21:16:     from ... argument (slice-literal-element) at ./switch_panic.go:21:15
./switch_panic.go:21:16:   flow: {heap} = {storage for ... argument}:
./switch_panic.go:21:16:     from ... argument (spill) at ./switch_panic.go:21:15
./switch_panic.go:21:16:     from fmt.Println(... argument...) (call parameter) at ./switch_panic.go:21:15
./switch_panic.go:16:18: pick([]int{...}, 1) escapes to heap:
./switch_panic.go:16:18:   flow: {storage for ... argument} = &{storage for pick([]int{...}, 1)}:
./switch_panic.go:16:18:     from pick([]int{...}, 1) (spill) at ./switch_panic.go:16:18
./switch_panic.go:16:18:     from ... argument (slice-literal-element) at ./switch_panic.go:16:13
./switch_panic.go:16:18:   flow: {heap} = {storage for ... argument}:
./switch_panic.go:16:18:     from ... argument (spill) at ./switch_panic.go:16:13
./switch_panic.go:16:18:     from fmt.Println(... argument...) (call parameter) at ./switch_panic.go:16:13
./switch_panic.go:15:18: pick([]int{...}, 0) escapes to heap:
./switch_panic.go:15:18:   flow: {storage for ... argument} = &{storage for pick([]int{...}, 0)}:
./switch_panic.go:15:18:     from pick([]int{...}, 0) (spill) at ./switch_panic.go:15:18
./switch_panic.go:15:18:     from ... argument (slice-literal-element) at ./switch_panic.go:15:13
./switch_panic.go:15:18:   flow: {heap} = {storage for ... argument}:
./switch_panic.go:15:18:     from ... argument (spill) at ./switch_panic.go:15:13
./switch_panic.go:15:18:     from fmt.Println(... argument...) (call parameter) at ./switch_panic.go:15:13
./switch_panic.go:15:13: ... argument does not escape
./switch_panic.go:15:18: pick([]int{...}, 0) escapes to heap
./switch_panic.go:15:24: []int{...} does not escape
./switch_panic.go:16:13: ... argument does not escape
./switch_panic.go:16:18: pick([]int{...}, 1) escapes to heap
./switch_panic.go:16:24: []int{...} does not escape
./switch_panic.go:21:15: ... argument does not escape
./switch_panic.go:21:16: "about to panic" escapes to heap
./switch_panic.go:22:15: ... argument does not escape
./switch_panic.go:22:16: *p escapes to heap
./switch_panic.go:24:15: ... argument does not escape
./switch_panic.go:24:16: "case" escapes to heap
./switch_panic.go:24:16: i escapes to heap
./switch_panic.go:24:31: pick([]int{...}, i) escapes to heap
./switch_panic.go:24:37: []int{...} does not escape
