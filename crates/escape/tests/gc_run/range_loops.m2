./range_loops.go:11:15: s[i] + "!" escapes to heap:
./range_loops.go:11:15:   flow: {heap} = &{storage for s[i] + "!"}:
./range_loops.go:11:15:     from s[i] + "!" (spill) at ./range_loops.go:11:15
./range_loops.go:11:15:     from s[i] = s[i] + "!" (assign) at ./range_loops.go:11:8
./range_loops.go:50:13: arr escapes to heap:
./range_loops.go:50:13:   flow: {storage for ... argument} = &{storage for arr}:
./range_loops.go:50:13:     from arr (spill) at ./range_loops.go:50:13
./range_loops.go:50:13:     from ... argument (slice-literal-element) at ./range_loops.go:50:13
./range_loops.go:50:13:   flow: {heap} = {storage for ... argument}:
./range_loops.go:50:13:     from ... argument (spill) at ./range_loops.go:50:13
./range_loops.go:50:13:     from fmt.Println(... argument...) (call parameter) at ./range_loops.go:50:13
./range_loops.go:48:14: v escapes to heap:
./range_loops.go:48:14:   flow: {storage for ... argument} = &{storage for v}:
./range_loops.go:48:14:     from v (spill) at ./range_loops.go:48:14
./range_loops.go:48:14:     from ... argument (slice-literal-element) at ./range_loops.go:48:14
./range_loops.go:48:14:   flow: {heap} = {storage for ... argument}:
./range_loops.go:48:14:     from ... argument (spill) at ./range_loops.go:48:14
./range_loops.go:48:14:     from fmt.Println(... argument...) (call parameter) at ./range_loops.go:48:14
./range_loops.go:48:14: i escapes to heap:
./range_loops.go:48:14:   flow: {storage for ... argument} = &{storage for i}:
./range_loops.go:48:14:     from i (spill) at ./range_loops.go:48:14
./range_loops.go:48:14:     from ... argument (slice-literal-element) at ./range_loops.go:48:14
./range_loops.go:48:14:   flow: {heap} = {storage for ... argument}:
./range_loops.go:48:14:     from ... argument (spill) at ./range_loops.go:48:14
./range_loops.go:48:14:     from fmt.Println(... argument...) (call parameter) at ./range_loops.go:48:14
./range_loops.go:43:15: i escapes to heap:
./range_loops.go:43:15:   flow: {storage for ... argument} = &{storage for i}:
./range_loops.go:43:15:     from i (spill) at ./range_loops.go:43:15
./range_loops.go:43:15:     from ... argument (slice-literal-element) at ./range_loops.go:43:14
./range_loops.go:43:15:   flow: {heap} = {storage for ... argument}:
./range_loops.go:43:15:     from ... argument (spill) at ./range_loops.go:43:14
./range_loops.go:43:15:     from fmt.Println(... argument...) (call parameter) at ./range_loops.go:43:14
./range_loops.go:43:15: "never" escapes to heap:
./range_loops.go:43:15:   flow: {storage for ... argument} = &{storage for "never"}:
./range_loops.go:43:15:     from "never" (spill) at ./range_loops.go:43:15
./range_loops.go:43:15:     from ... argument (slice-literal-element) at ./range_loops.go:43:14
./range_loops.go:43:15:   flow: {heap} = {storage for ... argument}:
./range_loops.go:43:15:     from ... argument (spill) at ./range_loops.go:43:14
./range_loops.go:43:15:     from fmt.Println(... argument...) (call parameter) at ./range_loops.go:43:14
./range_loops.go:39:15: i escapes to heap:
./range_loops.go:39:15:   flow: {storage for ... argument} = &{storage for i}:
./range_loops.go:39:15:     from i (spill) at ./range_loops.go:39:15
./range_loops.go:39:15:     from ... argument (slice-literal-element) at ./range_loops.go:39:14
./range_loops.go:39:15:   flow: {heap} = {storage for ... argument}:
./range_loops.go:39:15:     from ... argument (spill) at ./range_loops.go:39:14
./range_loops.go:39:15:     from fmt.Println(... argument...) (call parameter) at ./range_loops.go:39:14
./range_loops.go:39:15: "odd" escapes to heap:
./range_loops.go:39:15:   flow: {storage for ... argument} = &{storage for "odd"}:
./range_loops.go:39:15:     from "odd" (spill) at ./range_loops.go:39:15
./range_loops.go:39:15:     from ... argument (slice-literal-element) at ./range_loops.go:39:14
./range_loops.go:39:15:   flow: {heap} = {storage for ... argument}:
./range_loops.go:39:15:     from ... argument (spill) at ./range_loops.go:39:14
./range_loops.go:39:15:     from fmt.Println(... argument...) (call parameter) at ./range_loops.go:39:14
./range_loops.go:31:13: count escapes to heap:
./range_loops.go:31:13:   flow: {storage for ... argument} = &{storage for count}:
./range_loops.go:31:13:     from count (spill) at ./range_loops.go:31:13
./range_loops.go:31:13:     from ... argument (slice-literal-element) at ./range_loops.go:31:13
./range_loops.go:31:13:   flow: {heap} = {storage for ... argument}:
./range_loops.go:31:13:     from ... argument (spill) at ./range_loops.go:31:13
./range_loops.go:31:13:     from fmt.Println(... argument...) (call parameter) at ./range_loops.go:31:13
./range_loops.go:26:13: n escapes to heap:
./range_loops.go:26:13:   flow: {storage for ... argument} = &{storage for n}:
./range_loops.go:26:13:     from n (spill) at ./range_loops.go:26:13
./range_loops.go:26:13:     from ... argument (slice-literal-element) at ./range_loops.go:26:13
./range_loops.go:26:13:   flow: {heap} = {storage for ... argument}:
./range_loops.go:26:13:     from ... argument (spill) at ./range_loops.go:26:13
./range_loops.go:26:13:     from fmt.Println(... argument...) (call parameter) at ./range_loops.go:26:13
./range_loops.go:18:13: total escapes to heap:
./range_loops.go:18:13:   flow: {storage for ... argument} = &{storage for total}:
./range_loops.go:18:13:     from total (spill) at ./range_loops.go:18:13
./range_loops.go:18:13:     from ... argument (slice-literal-element) at ./range_loops.go:18:13
./range_loops.go:18:13:   flow: {heap} = {storage for ... argument}:
./range_loops.go:18:13:     from ... argument (spill) at ./range_loops.go:18:13
./range_loops.go:18:13:     from fmt.Println(... argument...) (call parameter) at ./range_loops.go:18:13
./range_loops.go:13:13: s escapes to heap:
./range_loops.go:13:13:   flow: {storage for ... argument} = &{storage for s}:
./range_loops.go:13:13:     from s (spill) at ./range_loops.go:13:13
./range_loops.go:13:13:     from ... argument (slice-literal-element) at ./range_loops.go:13:13
./range_loops.go:13:13:   flow: {heap} = {storage for ... argument}:
./range_loops.go:13:13:     from ... argument (spill) at ./range_loops.go:13:13
./range_loops.go:13:13:     from fmt.Println(... argument...) (call parameter) at ./range_loops.go:13:13
./range_loops.go:8:14: v escapes to heap:
./range_loops.go:8:14:   flow: {storage for ... argument} = &{storage for v}:
./range_loops.go:8:14:     from v (spill) at ./range_loops.go:8:14
./range_loops.go:8:14:     from ... argument (slice-literal-element) at ./range_loops.go:8:14
./range_loops.go:8:14:   flow: {heap} = {storage for ... argument}:
./range_loops.go:8:14:     from ... argument (spill) at ./range_loops.go:8:14
./range_loops.go:8:14:     from fmt.Println(... argument...) (call parameter) at ./range_loops.go:8:14
./range_loops.go:8:14: i escapes to heap:
./range_loops.go:8:14:   flow: {storage for ... argument} = &{storage for i}:
./range_loops.go:8:14:     from i (spill) at ./range_loops.go:8:14
./range_loops.go:8:14:     from ... argument (slice-literal-element) at ./range_loops.go:8:14
./range_loops.go:8:14:   flow: {heap} = {storage for ... argument}:
./range_loops.go:8:14:     from ... argument (spill) at ./range_loops.go:8:14
./range_loops.go:8:14:     from fmt.Println(... argument...) (call parameter) at ./range_loops.go:8:14
./range_loops.go:19:12: []int{...} escapes to heap:
./range_loops.go:19:12:   flow: n = &{storage for []int{...}}:
./range_loops.go:19:12:     from []int{...} (spill) at ./range_loops.go:19:12
./range_loops.go:19:12:     from n := []int{...} (assign) at ./range_loops.go:19:4
./range_loops.go:19:12:   flow: {storage for n} = n:
./range_loops.go:19:12:     from n (interface-converted) at ./range_loops.go:26:13
./range_loops.go:6:15: []string{...} escapes to heap:
./range_loops.go:6:15:   flow: s = &{storage for []string{...}}:
./range_loops.go:6:15:     from []string{...} (spill) at ./range_loops.go:6:15
./range_loops.go:6:15:     from s := []string{...} (assign) at ./range_loops.go:6:4
./range_loops.go:6:15:   flow: {storage for s} = s:
./range_loops.go:6:15:     from s (interface-converted) at ./range_loops.go:13:13
./range_loops.go:6:15: []string{...} escapes to heap
./range_loops.go:8:14: ... argument does not escape
./range_loops.go:8:14: i escapes to heap
./range_loops.go:8:14: v escapes to heap
./range_loops.go:11:15: s[i] + "!" escapes to heap
./range_loops.go:13:13: ... argument does not escape
./range_loops.go:13:13: s escapes to heap
./range_loops.go:18:13: ... argument does not escape
./range_loops.go:18:13: total escapes to heap
./range_loops.go:19:12: []int{...} escapes to heap
./range_loops.go:26:13: ... argument does not escape
./range_loops.go:26:13: n escapes to heap
./range_loops.go:31:13: ... argument does not escape
./range_loops.go:31:13: count escapes to heap
./range_loops.go:39:14: ... argument does not escape
./range_loops.go:39:15: "odd" escapes to heap
./range_loops.go:39:15: i escapes to heap
./range_loops.go:43:14: ... argument does not escape
./range_loops.go:43:15: "never" escapes to heap
./range_loops.go:43:15: i escapes to heap
./range_loops.go:48:14: ... argument does not escape
./range_loops.go:48:14: i escapes to heap
./range_loops.go:48:14: v escapes to heap
./range_loops.go:50:13: ... argument does not escape
./range_loops.go:50:13: arr escapes to heap
