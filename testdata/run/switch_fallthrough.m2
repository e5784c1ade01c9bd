./switch_fallthrough.go:55:15: "not reached" escapes to heap:
./switch_fallthrough.go:55:15:   flow: {storage for ... argument} = &{storage for "not reached"}:
./switch_fallthrough.go:55:15:     from "not reached" (spill) at ./switch_fallthrough.go:55:15
./switch_fallthrough.go:55:15:     from ... argument (slice-literal-element) at ./switch_fallthrough.go:55:14
./switch_fallthrough.go:55:15:   flow: {heap} = {storage for ... argument}:
./switch_fallthrough.go:55:15:     from ... argument (spill) at ./switch_fallthrough.go:55:14
./switch_fallthrough.go:55:15:     from fmt.Println(... argument...) (call parameter) at ./switch_fallthrough.go:55:14
./switch_fallthrough.go:53:15: "seven (fell through)" escapes to heap:
./switch_fallthrough.go:53:15:   flow: {storage for ... argument} = &{storage for "seven (fell through)"}:
./switch_fallthrough.go:53:15:     from "seven (fell through)" (spill) at ./switch_fallthrough.go:53:15
./switch_fallthrough.go:53:15:     from ... argument (slice-literal-element) at ./switch_fallthrough.go:53:14
./switch_fallthrough.go:53:15:   flow: {heap} = {storage for ... argument}:
./switch_fallthrough.go:53:15:     from ... argument (spill) at ./switch_fallthrough.go:53:14
./switch_fallthrough.go:53:15:     from fmt.Println(... argument...) (call parameter) at ./switch_fallthrough.go:53:14
./switch_fallthrough.go:50:15: "six (fell through)" escapes to heap:
./switch_fallthrough.go:50:15:   flow: {storage for ... argument} = &{storage for "six (fell through)"}:
./switch_fallthrough.go:50:15:     from "six (fell through)" (spill) at ./switch_fallthrough.go:50:15
./switch_fallthrough.go:50:15:     from ... argument (slice-literal-element) at ./switch_fallthrough.go:50:14
./switch_fallthrough.go:50:15:   flow: {heap} = {storage for ... argument}:
./switch_fallthrough.go:50:15:     from ... argument (spill) at ./switch_fallthrough.go:50:14
./switch_fallthrough.go:50:15:     from fmt.Println(... argument...) (call parameter) at ./switch_fallthrough.go:50:14
./switch_fallthrough.go:47:15: "five" escapes to heap:
./switch_fallthrough.go:47:15:   flow: {storage for ... argument} = &{storage for "five"}:
./switch_fallthrough.go:47:15:     from "five" (spill) at ./switch_fallthrough.go:47:15
./switch_fallthrough.go:47:15:     from ... argument (slice-literal-element) at ./switch_fallthrough.go:47:14
./switch_fallthrough.go:47:15:   flow: {heap} = {storage for ... argument}:
./switch_fallthrough.go:47:15:     from ... argument (spill) at ./switch_fallthrough.go:47:14
./switch_fallthrough.go:47:15:     from fmt.Println(... argument...) (call parameter) at ./switch_fallthrough.go:47:14
./switch_fallthrough.go:40:19: "two" escapes to heap:
./switch_fallthrough.go:40:19:   flow: {storage for ... argument} = &{storage for "two"}:
./switch_fallthrough.go:40:19:     from "two" (spill) at ./switch_fallthrough.go:40:19
./switch_fallthrough.go:40:19:     from ... argument (slice-literal-element) at ./switch_fallthrough.go:40:15
./switch_fallthrough.go:40:19:   flow: {heap} = {storage for ... argument}:
./switch_fallthrough.go:40:19:     from ... argument (spill) at ./switch_fallthrough.go:40:15
./switch_fallthrough.go:40:19:     from fmt.Println(... argument...) (call parameter) at ./switch_fallthrough.go:40:15
./switch_fallthrough.go:40:15: i escapes to heap:
./switch_fallthrough.go:40:15:   flow: {storage for ... argument} = &{storage for i}:
./switch_fallthrough.go:40:15:     from i (spill) at ./switch_fallthrough.go:40:15
./switch_fallthrough.go:40:15:     from ... argument (slice-literal-element) at ./switch_fallthrough.go:40:15
./switch_fallthrough.go:40:15:   flow: {heap} = {storage for ... argument}:
./switch_fallthrough.go:40:15:     from ... argument (spill) at ./switch_fallthrough.go:40:15
./switch_fallthrough.go:40:15:     from fmt.Println(... argument...) (call parameter) at ./switch_fallthrough.go:40:15
./switch_fallthrough.go:38:19: "one" escapes to heap:
./switch_fallthrough.go:38:19:   flow: {storage for ... argument} = &{storage for "one"}:
./switch_fallthrough.go:38:19:     from "one" (spill) at ./switch_fallthrough.go:38:19
./switch_fallthrough.go:38:19:     from ... argument (slice-literal-element) at ./switch_fallthrough.go:38:15
./switch_fallthrough.go:38:19:   flow: {heap} = {storage for ... argument}:
./switch_fallthrough.go:38:19:     from ... argument (spill) at ./switch_fallthrough.go:38:15
./switch_fallthrough.go:38:19:     from fmt.Println(... argument...) (call parameter) at ./switch_fallthrough.go:38:15
./switch_fallthrough.go:38:15: i escapes to heap:
./switch_fallthrough.go:38:15:   flow: {storage for ... argument} = &{storage for i}:
./switch_fallthrough.go:38:15:     from i (spill) at ./switch_fallthrough.go:38:15
./switch_fallthrough.go:38:15:     from ... argument (slice-literal-element) at ./switch_fallthrough.go:38:15
./switch_fallthrough.go:38:15:   flow: {heap} = {storage for ... argument}:
./switch_fallthrough.go:38:15:     from ... argument (spill) at ./switch_fallthrough.go:38:15
./switch_fallthrough.go:38:15:     from fmt.Println(... argument...) (call parameter) at ./switch_fallthrough.go:38:15
./switch_fallthrough.go:35:19: "default" escapes to heap:
./switch_fallthrough.go:35:19:   flow: {storage for ... argument} = &{storage for "default"}:
./switch_fallthrough.go:35:19:     from "default" (spill) at ./switch_fallthrough.go:35:19
./switch_fallthrough.go:35:19:     from ... argument (slice-literal-element) at ./switch_fallthrough.go:35:15
./switch_fallthrough.go:35:19:   flow: {heap} = {storage for ... argument}:
./switch_fallthrough.go:35:19:     from ... argument (spill) at ./switch_fallthrough.go:35:15
./switch_fallthrough.go:35:19:     from fmt.Println(... argument...) (call parameter) at ./switch_fallthrough.go:35:15
./switch_fallthrough.go:35:15: i escapes to heap:
./switch_fallthrough.go:35:15:   flow: {storage for ... argument} = &{storage for i}:
./switch_fallthrough.go:35:15:     from i (spill) at ./switch_fallthrough.go:35:15
./switch_fallthrough.go:35:15:     from ... argument (slice-literal-element) at ./switch_fallthrough.go:35:15
./switch_fallthrough.go:35:15:   flow: {heap} = {storage for ... argument}:
./switch_fallthrough.go:35:15:     from ... argument (spill) at ./switch_fallthrough.go:35:15
./switch_fallthrough.go:35:15:     from fmt.Println(... argument...) (call parameter) at ./switch_fallthrough.go:35:15
./switch_fallthrough.go:32:19: "zero" escapes to heap:
./switch_fallthrough.go:32:19:   flow: {storage for ... argument} = &{storage for "zero"}:
./switch_fallthrough.go:32:19:     from "zero" (spill) at ./switch_fallthrough.go:32:19
./switch_fallthrough.go:32:19:     from ... argument (slice-literal-element) at ./switch_fallthrough.go:32:15
./switch_fallthrough.go:32:19:   flow: {heap} = {storage for ... argument}:
./switch_fallthrough.go:32:19:     from ... argument (spill) at ./switch_fallthrough.go:32:15
./switch_fallthrough.go:32:19:     from fmt.Println(... argument...) (call parameter) at ./switch_fallthrough.go:32:15
./switch_fallthrough.go:32:15: i escapes to heap:
./switch_fallthrough.go:32:15:   flow: {storage for ... argument} = &{storage for i}:
./switch_fallthrough.go:32:15:     from i (spill) at ./switch_fallthrough.go:32:15
./switch_fallthrough.go:32:15:     from ... argument (slice-literal-element) at ./switch_fallthrough.go:32:15
./switch_fallthrough.go:32:15:   flow: {heap} = {storage for ... argument}:
./switch_fallthrough.go:32:15:     from ... argument (spill) at ./switch_fallthrough.go:32:15
./switch_fallthrough.go:32:15:     from fmt.Println(... argument...) (call parameter) at ./switch_fallthrough.go:32:15
./switch_fallthrough.go:26:23: grade(s) escapes to heap:
./switch_fallthrough.go:26:23:   flow: {storage for ... argument} = &{storage for grade(s)}:
./switch_fallthrough.go:26:23:     from grade(s) (spill) at ./switch_fallthrough.go:26:23
./switch_fallthrough.go:26:23:     from ... argument (slice-literal-element) at ./switch_fallthrough.go:26:14
./switch_fallthrough.go:26:23:   flow: {heap} = {storage for ... argument}:
./switch_fallthrough.go:26:23:     from ... argument (spill) at ./switch_fallthrough.go:26:14
./switch_fallthrough.go:26:23:     from fmt.Println(... argument...) (call parameter) at ./switch_fallthrough.go:26:14
./switch_fallthrough.go:26:14: s escapes to heap:
./switch_fallthrough.go:26:14:   flow: {storage for ... argument} = &{storage for s}:
./switch_fallthrough.go:26:14:     from s (spill) at ./switch_fallthrough.go:26:14
./switch_fallthrough.go:26:14:     from ... argument (slice-literal-element) at ./switch_fallthrough.go:26:14
./switch_fallthrough.go:26:14:   flow: {heap} = {storage for ... argument}:
./switch_fallthrough.go:26:14:     from ... argument (spill) at ./switch_fallthrough.go:26:14
./switch_fallthrough.go:26:14:     from fmt.Println(... argument...) (call parameter) at ./switch_fallthrough.go:26:14
./switch_fallthrough.go:25:25: []int{...} does not escape
./switch_fallthrough.go:26:14: ... argument does not escape
./switch_fallthrough.go:26:14: s escapes to heap
./switch_fallthrough.go:26:23: grade(s) escapes to heap
./switch_fallthrough.go:32:15: ... argument does not escape
./switch_fallthrough.go:32:15: i escapes to heap
./switch_fallthrough.go:32:19: "zero" escapes to heap
./switch_fallthrough.go:35:15: ... argument does not escape
./switch_fallthrough.go:35:15: i escapes to heap
./switch_fallthrough.go:35:19: "default" escapes to heap
./switch_fallthrough.go:38:15: ... argument does not escape
./switch_fallthrough.go:38:15: i escapes to heap
./switch_fallthrough.go:38:19: "one" escapes to heap
./switch_fallthrough.go:40:15: ... argument does not escape
./switch_fallthrough.go:40:15: i escapes to heap
./switch_fallthrough.go:40:19: "two" escapes to heap
./switch_fallthrough.go:47:14: ... argument does not escape
./switch_fallthrough.go:47:15: "five" escapes to heap
./switch_fallthrough.go:50:14: ... argument does not escape
./switch_fallthrough.go:50:15: "six (fell through)" escapes to heap
./switch_fallthrough.go:53:14: ... argument does not escape
./switch_fallthrough.go:53:15: "seven (fell through)" escapes to heap
./switch_fallthrough.go:55:14: ... argument does not escape
./switch_fallthrough.go:55:15: "not reached" escapes to heap
