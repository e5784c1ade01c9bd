./switch_break.go:5:11: grid does not escape
./switch_break.go:67:14: sum escapes to heap:
./switch_break.go:67:14:   flow: {storage for ... argument} = &{storage for sum}:
./switch_break.go:67:14:     from sum (spill) at ./switch_break.go:67:14
./switch_break.go:67:14:     from ... argument (slice-literal-element) at ./switch_break.go:67:13
./switch_break.go:67:14:   flow: {heap} = {storage for ... argument}:
./switch_break.go:67:14:     from ... argument (spill) at ./switch_break.go:67:13
./switch_break.go:67:14:     from fmt.Println(... argument...) (call parameter) at ./switch_break.go:67:13
./switch_break.go:67:14: "sum" escapes to heap:
./switch_break.go:67:14:   flow: {storage for ... argument} = &{storage for "sum"}:
./switch_break.go:67:14:     from "sum" (spill) at ./switch_break.go:67:14
./switch_break.go:67:14:     from ... argument (slice-literal-element) at ./switch_break.go:67:13
./switch_break.go:67:14:   flow: {heap} = {storage for ... argument}:
./switch_break.go:67:14:     from ... argument (spill) at ./switch_break.go:67:13
./switch_break.go:67:14:     from fmt.Println(... argument...) (call parameter) at ./switch_break.go:67:13
./switch_break.go:57:13: .autotmp_8 escapes to heap:
./switch_break.go:57:13:   flow: {storage for ... argument} = &{storage for .autotmp_8}:
./switch_break.go:57:13:     from .autotmp_8 (spill) at ./switch_break.go:57:13
./switch_break.go:57:13:     from ... argument (slice-literal-element) at ./switch_break.go:57:13
./switch_break.go:57:13:   flow: {heap} = {storage for ... argument}:
./switch_break.go:57:13:     from ... argument (spill) at ./switch_break.go:57:13
./switch_break.go:57:13:     from fmt.Println(find(grid, 9)) (call parameter) at ./switch_break.go:57:13
./switch_break.go:57:13: .autotmp_7 escapes to heap:
./switch_break.go:57:13:   flow: {storage for ... argument} = &{storage for .autotmp_7}:
./switch_break.go:57:13:     from .autotmp_7 (spill) at ./switch_break.go:57:13
./switch_break.go:57:13:     from ... argument (slice-literal-element) at ./switch_break.go:57:13
./switch_break.go:57:13:   flow: {heap} = {storage for ... argument}:
./switch_break.go:57:13:     from ... argument (spill) at ./switch_break.go:57:13
./switch_break.go:57:13:     from fmt.Println(find(grid, 9)) (call parameter) at ./switch_break.go:57:13
./switch_break.go:56:13: .autotmp_6 escapes to heap:
./switch_break.go:56:13:   flow: {storage for ... argument} = &{storage for .autotmp_6}:
./switch_break.go:56:13:     from .autotmp_6 (spill) at ./switch_break.go:56:13
./switch_break.go:56:13:     from ... argument (slice-literal-element) at ./switch_break.go:56:13
./switch_break.go:56:13:   flow: {heap} = {storage for ... argument}:
./switch_break.go:56:13:     from ... argument (spill) at ./switch_break.go:56:13
./switch_break.go:56:13:     from fmt.Println(find(grid, 7)) (call parameter) at ./switch_break.go:56:13
./switch_break.go:56:13: .autotmp_5 escapes to heap:
./switch_break.go:56:13:   flow: {storage for ... argument} = &{storage for .autotmp_5}:
./switch_break.go:56:13:     from .autotmp_5 (spill) at ./switch_break.go:56:13
./switch_break.go:56:13:     from ... argument (slice-literal-element) at ./switch_break.go:56:13
./switch_break.go:56:13:   flow: {heap} = {storage for ... argument}:
./switch_break.go:56:13:     from ... argument (spill) at ./switch_break.go:56:13
./switch_break.go:56:13:     from fmt.Println(find(grid, 7)) (call parameter) at ./switch_break.go:56:13
./switch_break.go:55:13: .autotmp_4 escapes to heap:
./switch_break.go:55:13:   flow: {storage for ... argument} = &{storage for .autotmp_4}:
./switch_break.go:55:13:     from .autotmp_4 (spill) at ./switch_break.go:55:13
./switch_break.go:55:13:     from ... argument (slice-literal-element) at ./switch_break.go:55:13
./switch_break.go:55:13:   flow: {heap} = {storage for ... argument}:
./switch_break.go:55:13:     from ... argument (spill) at ./switch_break.go:55:13
./switch_break.go:55:13:     from fmt.Println(find(grid, 4)) (call parameter) at ./switch_break.go:55:13
./switch_break.go:55:13: .autotmp_3 escapes to heap:
./switch_break.go:55:13:   flow: {storage for ... argument} = &{storage for .autotmp_3}:
./switch_break.go:55:13:     from .autotmp_3 (spill) at ./switch_break.go:55:13
./switch_break.go:55:13:     from ... argument (slice-literal-element) at ./switch_break.go:55:13
./switch_break.go:55:13:   flow: {heap} = {storage for ... argument}:
./switch_break.go:55:13:     from ... argument (spill) at ./switch_break.go:55:13
./switch_break.go:55:13:     from fmt.Println(find(grid, 4)) (call parameter) at ./switch_break.go:55:13
./switch_break.go:52:14: count escapes to heap:
./switch_break.go:52:14:   flow: {storage for ... argument} = &{storage for count}:
./switch_break.go:52:14:     from count (spill) at ./switch_break.go:52:14
./switch_break.go:52:14:     from ... argument (slice-literal-element) at ./switch_break.go:52:13
./switch_break.go:52:14:   flow: {heap} = {storage for ... argument}:
./switch_break.go:52:14:     from ... argument (spill) at ./switch_break.go:52:13
./switch_break.go:52:14:     from fmt.Println(... argument...) (call parameter) at ./switch_break.go:52:13
./switch_break.go:52:14: "count" escapes to heap:
./switch_break.go:52:14:   flow: {storage for ... argument} = &{storage for "count"}:
./switch_break.go:52:14:     from "count" (spill) at ./switch_break.go:52:14
./switch_break.go:52:14:     from ... argument (slice-literal-element) at ./switch_break.go:52:13
./switch_break.go:52:14:   flow: {heap} = {storage for ... argument}:
./switch_break.go:52:14:     from ... argument (spill) at ./switch_break.go:52:13
./switch_break.go:52:14:     from fmt.Println(... argument...) (call parameter) at ./switch_break.go:52:13
./switch_break.go:38:15: i escapes to heap:
./switch_break.go:38:15:   flow: {storage for ... argument} = &{storage for i}:
./switch_break.go:38:15:     from i (spill) at ./switch_break.go:38:15
./switch_break.go:38:15:     from ... argument (slice-literal-element) at ./switch_break.go:38:14
./switch_break.go:38:15:   flow: {heap} = {storage for ... argument}:
./switch_break.go:38:15:     from ... argument (spill) at ./switch_break.go:38:14
./switch_break.go:38:15:     from fmt.Println(... argument...) (call parameter) at ./switch_break.go:38:14
./switch_break.go:38:15: "after switch" escapes to heap:
./switch_break.go:38:15:   flow: {storage for ... argument} = &{storage for "after switch"}:
./switch_break.go:38:15:     from "after switch" (spill) at ./switch_break.go:38:15
./switch_break.go:38:15:     from ... argument (slice-literal-element) at ./switch_break.go:38:14
./switch_break.go:38:15:   flow: {heap} = {storage for ... argument}:
./switch_break.go:38:15:     from ... argument (spill) at ./switch_break.go:38:14
./switch_break.go:38:15:     from fmt.Println(... argument...) (call parameter) at ./switch_break.go:38:14
./switch_break.go:36:15: i escapes to heap:
./switch_break.go:36:15:   flow: {storage for ... argument} = &{storage for i}:
./switch_break.go:36:15:     from i (spill) at ./switch_break.go:36:15
./switch_break.go:36:15:     from ... argument (slice-literal-element) at ./switch_break.go:36:15
./switch_break.go:36:15:   flow: {heap} = {storage for ... argument}:
./switch_break.go:36:15:     from ... argument (spill) at ./switch_break.go:36:15
./switch_break.go:36:15:     from fmt.Println(... argument...) (call parameter) at ./switch_break.go:36:15
./switch_break.go:34:16: "not reached" escapes to heap:
./switch_break.go:34:16:   flow: {storage for ... argument} = &{storage for "not reached"}:
./switch_break.go:34:16:     from "not reached" (spill) at ./switch_break.go:34:16
./switch_break.go:34:16:     from ... argument (slice-literal-element) at ./switch_break.go:34:15
./switch_break.go:34:16:   flow: {heap} = {storage for ... argument}:
./switch_break.go:34:16:     from ... argument (spill) at ./switch_break.go:34:15
./switch_break.go:34:16:     from fmt.Println(... argument...) (call parameter) at ./switch_break.go:34:15
./switch_break.go:31:17: "three, break early" escapes to heap:
./switch_break.go:31:17:   flow: {storage for ... argument} = &{storage for "three, break early"}:
./switch_break.go:31:17:     from "three, break early" (spill) at ./switch_break.go:31:17
./switch_break.go:31:17:     from ... argument (slice-literal-element) at ./switch_break.go:31:16
./switch_break.go:31:17:   flow: {heap} = {storage for ... argument}:
./switch_break.go:31:17:     from ... argument (spill) at ./switch_break.go:31:16
./switch_break.go:31:17:     from fmt.Println(... argument...) (call parameter) at ./switch_break.go:31:16
./switch_break.go:27:16: "one, break" escapes to heap:
./switch_break.go:27:16:   flow: {storage for ... argument} = &{storage for "one, break"}:
./switch_break.go:27:16:     from "one, break" (spill) at ./switch_break.go:27:16
./switch_break.go:27:16:     from ... argument (slice-literal-element) at ./switch_break.go:27:15
./switch_break.go:27:16:   flow: {heap} = {storage for ... argument}:
./switch_break.go:27:16:     from ... argument (spill) at ./switch_break.go:27:15
./switch_break.go:27:16:     from fmt.Println(... argument...) (call parameter) at ./switch_break.go:27:15
./switch_break.go:27:15: ... argument does not escape
./switch_break.go:27:16: "one, break" escapes to heap
./switch_break.go:31:16: ... argument does not escape
./switch_break.go:31:17: "three, break early" escapes to heap
./switch_break.go:34:15: ... argument does not escape
./switch_break.go:34:16: "not reached" escapes to heap
./switch_break.go:36:15: ... argument does not escape
./switch_break.go:36:15: i escapes to heap
./switch_break.go:38:14: ... argument does not escape
./switch_break.go:38:15: "after switch" escapes to heap
./switch_break.go:38:15: i escapes to heap
./switch_break.go:52:13: ... argument does not escape
./switch_break.go:52:14: "count" escapes to heap
./switch_break.go:52:14: count escapes to heap
./switch_break.go:54:17: [][]int{...} does not escape
./switch_break.go:54:18: []int{...} does not escape
./switch_break.go:54:26: []int{...} does not escape
./switch_break.go:54:35: []int{...} does not escape
./switch_break.go:54:43: []int{...} does not escape
./switch_break.go:55:13: ... argument does not escape
./switch_break.go:55:13: .autotmp_3 escapes to heap
./switch_break.go:55:13: .autotmp_4 escapes to heap
./switch_break.go:56:13: ... argument does not escape
./switch_break.go:56:13: .autotmp_5 escapes to heap
./switch_break.go:56:13: .autotmp_6 escapes to heap
./switch_break.go:57:13: ... argument does not escape
./switch_break.go:57:13: .autotmp_7 escapes to heap
./switch_break.go:57:13: .autotmp_8 escapes to heap
./switch_break.go:67:13: ... argument does not escape
./switch_break.go:67:14: "sum" escapes to heap
./switch_break.go:67:14: sum escapes to heap
