./fmt_zero_values.go:34:27: "\n" escapes to heap:
./fmt_zero_values.go:34:27:   flow: {storage for ... argument} = &{storage for "\n"}:
./fmt_zero_values.go:34:27:     from "\n" (spill) at ./fmt_zero_values.go:34:27
./fmt_zero_values.go:34:27:     from ... argument (slice-literal-element) at ./fmt_zero_values.go:34:11
./fmt_zero_values.go:34:27:   flow: {heap} = {storage for ... argument}:
./fmt_zero_values.go:34:27:     from ... argument (spill) at ./fmt_zero_values.go:34:11
./fmt_zero_values.go:34:27:     from fmt.Print(... argument...) (call parameter) at ./fmt_zero_values.go:34:11
./fmt_zero_values.go:34:23: s.C escapes to heap:
./fmt_zero_values.go:34:23:   flow: {storage for ... argument} = &{storage for s.C}:
./fmt_zero_values.go:34:23:     from s.C (spill) at ./fmt_zero_values.go:34:23
./fmt_zero_values.go:34:23:     from ... argument (slice-literal-element) at ./fmt_zero_values.go:34:11
./fmt_zero_values.go:34:23:   flow: {heap} = {storage for ... argument}:
./fmt_zero_values.go:34:23:     from ... argument (spill) at ./fmt_zero_values.go:34:11
./fmt_zero_values.go:34:23:     from fmt.Print(... argument...) (call parameter) at ./fmt_zero_values.go:34:11
./fmt_zero_values.go:34:18: s.H escapes to heap:
./fmt_zero_values.go:34:18:   flow: {storage for ... argument} = &{storage for s.H}:
./fmt_zero_values.go:34:18:     from s.H (spill) at ./fmt_zero_values.go:34:18
./fmt_zero_values.go:34:18:     from ... argument (slice-literal-element) at ./fmt_zero_values.go:34:11
./fmt_zero_values.go:34:18:   flow: {heap} = {storage for ... argument}:
./fmt_zero_values.go:34:18:     from ... argument (spill) at ./fmt_zero_values.go:34:11
./fmt_zero_values.go:34:18:     from fmt.Print(... argument...) (call parameter) at ./fmt_zero_values.go:34:11
./fmt_zero_values.go:34:13: s.G escapes to heap:
./fmt_zero_values.go:34:13:   flow: {storage for ... argument} = &{storage for s.G}:
./fmt_zero_values.go:34:13:     from s.G (spill) at ./fmt_zero_values.go:34:13
./fmt_zero_values.go:34:13:     from ... argument (slice-literal-element) at ./fmt_zero_values.go:34:11
./fmt_zero_values.go:34:13:   flow: {heap} = {storage for ... argument}:
./fmt_zero_values.go:34:13:     from ... argument (spill) at ./fmt_zero_values.go:34:11
./fmt_zero_values.go:34:13:     from fmt.Print(... argument...) (call parameter) at ./fmt_zero_values.go:34:11
./fmt_zero_values.go:33:41: "\n" escapes to heap:
./fmt_zero_values.go:33:41:   flow: {storage for ... argument} = &{storage for "\n"}:
./fmt_zero_values.go:33:41:     from "\n" (spill) at ./fmt_zero_values.go:33:41
./fmt_zero_values.go:33:41:     from ... argument (slice-literal-element) at ./fmt_zero_values.go:33:11
./fmt_zero_values.go:33:41:   flow: {heap} = {storage for ... argument}:
./fmt_zero_values.go:33:41:     from ... argument (spill) at ./fmt_zero_values.go:33:11
./fmt_zero_values.go:33:41:     from fmt.Print(... argument...) (call parameter) at ./fmt_zero_values.go:33:11
./fmt_zero_values.go:33:34: false escapes to heap:
./fmt_zero_values.go:33:34:   flow: {storage for ... argument} = &{storage for false}:
./fmt_zero_values.go:33:34:     from false (spill) at ./fmt_zero_values.go:33:34
./fmt_zero_values.go:33:34:     from ... argument (slice-literal-element) at ./fmt_zero_values.go:33:11
./fmt_zero_values.go:33:34:   flow: {heap} = {storage for ... argument}:
./fmt_zero_values.go:33:34:     from ... argument (spill) at ./fmt_zero_values.go:33:11
./fmt_zero_values.go:33:34:     from fmt.Print(... argument...) (call parameter) at ./fmt_zero_values.go:33:11
./fmt_zero_values.go:33:28: true escapes to heap:
./fmt_zero_values.go:33:28:   flow: {storage for ... argument} = &{storage for true}:
./fmt_zero_values.go:33:28:     from true (spill) at ./fmt_zero_values.go:33:28
./fmt_zero_values.go:33:28:     from ... argument (slice-literal-element) at ./fmt_zero_values.go:33:11
./fmt_zero_values.go:33:28:   flow: {heap} = {storage for ... argument}:
./fmt_zero_values.go:33:28:     from ... argument (spill) at ./fmt_zero_values.go:33:11
./fmt_zero_values.go:33:28:     from fmt.Print(... argument...) (call parameter) at ./fmt_zero_values.go:33:11
./fmt_zero_values.go:33:23: "b" escapes to heap:
./fmt_zero_values.go:33:23:   flow: {storage for ... argument} = &{storage for "b"}:
./fmt_zero_values.go:33:23:     from "b" (spill) at ./fmt_zero_values.go:33:23
./fmt_zero_values.go:33:23:     from ... argument (slice-literal-element) at ./fmt_zero_values.go:33:11
./fmt_zero_values.go:33:23:   flow: {heap} = {storage for ... argument}:
./fmt_zero_values.go:33:23:     from ... argument (spill) at ./fmt_zero_values.go:33:11
./fmt_zero_values.go:33:23:     from fmt.Print(... argument...) (call parameter) at ./fmt_zero_values.go:33:11
./fmt_zero_values.go:33:20: 2 escapes to heap:
./fmt_zero_values.go:33:20:   flow: {storage for ... argument} = &{storage for 2}:
./fmt_zero_values.go:33:20:     from 2 (spill) at ./fmt_zero_values.go:33:20
./fmt_zero_values.go:33:20:     from ... argument (slice-literal-element) at ./fmt_zero_values.go:33:11
./fmt_zero_values.go:33:20:   flow: {heap} = {storage for ... argument}:
./fmt_zero_values.go:33:20:     from ... argument (spill) at ./fmt_zero_values.go:33:11
./fmt_zero_values.go:33:20:     from fmt.Print(... argument...) (call parameter) at ./fmt_zero_values.go:33:11
./fmt_zero_values.go:33:17: 1 escapes to heap:
./fmt_zero_values.go:33:17:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_zero_values.go:33:17:     from 1 (spill) at ./fmt_zero_values.go:33:17
./fmt_zero_values.go:33:17:     from ... argument (slice-literal-element) at ./fmt_zero_values.go:33:11
./fmt_zero_values.go:33:17:   flow: {heap} = {storage for ... argument}:
./fmt_zero_values.go:33:17:     from ... argument (spill) at ./fmt_zero_values.go:33:11
./fmt_zero_values.go:33:17:     from fmt.Print(... argument...) (call parameter) at ./fmt_zero_values.go:33:11
./fmt_zero_values.go:33:12: "a" escapes to heap:
./fmt_zero_values.go:33:12:   flow: {storage for ... argument} = &{storage for "a"}:
./fmt_zero_values.go:33:12:     from "a" (spill) at ./fmt_zero_values.go:33:12
./fmt_zero_values.go:33:12:     from ... argument (slice-literal-element) at ./fmt_zero_values.go:33:11
./fmt_zero_values.go:33:12:   flow: {heap} = {storage for ... argument}:
./fmt_zero_values.go:33:12:     from ... argument (spill) at ./fmt_zero_values.go:33:11
./fmt_zero_values.go:33:12:     from fmt.Print(... argument...) (call parameter) at ./fmt_zero_values.go:33:11
./fmt_zero_values.go:32:22: "\n" escapes to heap:
./fmt_zero_values.go:32:22:   flow: {storage for ... argument} = &{storage for "\n"}:
./fmt_zero_values.go:32:22:     from "\n" (spill) at ./fmt_zero_values.go:32:22
./fmt_zero_values.go:32:22:     from ... argument (slice-literal-element) at ./fmt_zero_values.go:32:11
./fmt_zero_values.go:32:22:   flow: {heap} = {storage for ... argument}:
./fmt_zero_values.go:32:22:     from ... argument (spill) at ./fmt_zero_values.go:32:11
./fmt_zero_values.go:32:22:     from fmt.Print(... argument...) (call parameter) at ./fmt_zero_values.go:32:11
./fmt_zero_values.go:32:19: 2 escapes to heap:
./fmt_zero_values.go:32:19:   flow: {storage for ... argument} = &{storage for 2}:
./fmt_zero_values.go:32:19:     from 2 (spill) at ./fmt_zero_values.go:32:19
./fmt_zero_values.go:32:19:     from ... argument (slice-literal-element) at ./fmt_zero_values.go:32:11
./fmt_zero_values.go:32:19:   flow: {heap} = {storage for ... argument}:
./fmt_zero_values.go:32:19:     from ... argument (spill) at ./fmt_zero_values.go:32:11
./fmt_zero_values.go:32:19:     from fmt.Print(... argument...) (call parameter) at ./fmt_zero_values.go:32:11
./fmt_zero_values.go:32:15: "" escapes to heap:
./fmt_zero_values.go:32:15:   flow: {storage for ... argument} = &{storage for ""}:
./fmt_zero_values.go:32:15:     from "" (spill) at ./fmt_zero_values.go:32:15
./fmt_zero_values.go:32:15:     from ... argument (slice-literal-element) at ./fmt_zero_values.go:32:11
./fmt_zero_values.go:32:15:   flow: {heap} = {storage for ... argument}:
./fmt_zero_values.go:32:15:     from ... argument (spill) at ./fmt_zero_values.go:32:11
./fmt_zero_values.go:32:15:     from fmt.Print(... argument...) (call parameter) at ./fmt_zero_values.go:32:11
./fmt_zero_values.go:32:12: 1 escapes to heap:
./fmt_zero_values.go:32:12:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_zero_values.go:32:12:     from 1 (spill) at ./fmt_zero_values.go:32:12
./fmt_zero_values.go:32:12:     from ... argument (slice-literal-element) at ./fmt_zero_values.go:32:11
./fmt_zero_values.go:32:12:   flow: {heap} = {storage for ... argument}:
./fmt_zero_values.go:32:12:     from ... argument (spill) at ./fmt_zero_values.go:32:11
./fmt_zero_values.go:32:12:     from fmt.Print(... argument...) (call parameter) at ./fmt_zero_values.go:32:11
./fmt_zero_values.go:31:25: "\n" escapes to heap:
./fmt_zero_values.go:31:25:   flow: {storage for ... argument} = &{storage for "\n"}:
./fmt_zero_values.go:31:25:     from "\n" (spill) at ./fmt_zero_values.go:31:25
./fmt_zero_values.go:31:25:     from ... argument (slice-literal-element) at ./fmt_zero_values.go:31:11
./fmt_zero_values.go:31:25:   flow: {heap} = {storage for ... argument}:
./fmt_zero_values.go:31:25:     from ... argument (spill) at ./fmt_zero_values.go:31:11
./fmt_zero_values.go:31:25:     from fmt.Print(... argument...) (call parameter) at ./fmt_zero_values.go:31:11
./fmt_zero_values.go:31:21: "" escapes to heap:
./fmt_zero_values.go:31:21:   flow: {storage for ... argument} = &{storage for ""}:
./fmt_zero_values.go:31:21:     from "" (spill) at ./fmt_zero_values.go:31:21
./fmt_zero_values.go:31:21:     from ... argument (slice-literal-element) at ./fmt_zero_values.go:31:11
./fmt_zero_values.go:31:21:   flow: {heap} = {storage for ... argument}:
./fmt_zero_values.go:31:21:     from ... argument (spill) at ./fmt_zero_values.go:31:11
./fmt_zero_values.go:31:21:     from fmt.Print(... argument...) (call parameter) at ./fmt_zero_values.go:31:11
./fmt_zero_values.go:31:16: "x" escapes to heap:
./fmt_zero_values.go:31:16:   flow: {storage for ... argument} = &{storage for "x"}:
./fmt_zero_values.go:31:16:     from "x" (spill) at ./fmt_zero_values.go:31:16
./fmt_zero_values.go:31:16:     from ... argument (slice-literal-element) at ./fmt_zero_values.go:31:11
./fmt_zero_values.go:31:16:   flow: {heap} = {storage for ... argument}:
./fmt_zero_values.go:31:16:     from ... argument (spill) at ./fmt_zero_values.go:31:11
./fmt_zero_values.go:31:16:     from fmt.Print(... argument...) (call parameter) at ./fmt_zero_values.go:31:11
./fmt_zero_values.go:31:12: "" escapes to heap:
./fmt_zero_values.go:31:12:   flow: {storage for ... argument} = &{storage for ""}:
./fmt_zero_values.go:31:12:     from "" (spill) at ./fmt_zero_values.go:31:12
./fmt_zero_values.go:31:12:     from ... argument (slice-literal-element) at ./fmt_zero_values.go:31:11
./fmt_zero_values.go:31:12:   flow: {heap} = {storage for ... argument}:
./fmt_zero_values.go:31:12:     from ... argument (spill) at ./fmt_zero_values.go:31:11
./fmt_zero_values.go:31:12:     from fmt.Print(... argument...) (call parameter) at ./fmt_zero_values.go:31:11
./fmt_zero_values.go:30:15: S{...} escapes to heap:
./fmt_zero_values.go:30:15:   flow: {storage for ... argument} = &{storage for S{...}}:
./fmt_zero_values.go:30:15:     from S{...} (spill) at ./fmt_zero_values.go:30:15
./fmt_zero_values.go:30:15:     from ... argument (slice-literal-element) at ./fmt_zero_values.go:30:13
./fmt_zero_values.go:30:15:   flow: {heap} = {storage for ... argument}:
./fmt_zero_values.go:30:15:     from ... argument (spill) at ./fmt_zero_values.go:30:13
./fmt_zero_values.go:30:15:     from fmt.Println(... argument...) (call parameter) at ./fmt_zero_values.go:30:13
./fmt_zero_values.go:29:41: [3]string{} escapes to heap:
./fmt_zero_values.go:29:41:   flow: {storage for ... argument} = &{storage for [3]string{}}:
./fmt_zero_values.go:29:41:     from [3]string{} (spill) at ./fmt_zero_values.go:29:41
./fmt_zero_values.go:29:41:     from ... argument (slice-literal-element) at ./fmt_zero_values.go:29:13
./fmt_zero_values.go:29:41:   flow: {heap} = {storage for ... argument}:
./fmt_zero_values.go:29:41:     from ... argument (spill) at ./fmt_zero_values.go:29:13
./fmt_zero_values.go:29:41:     from fmt.Println(... argument...) (call parameter) at ./fmt_zero_values.go:29:13
./fmt_zero_values.go:29:22: []string{...} escapes to heap:
./fmt_zero_values.go:29:22:   flow: {storage for ... argument} = &{storage for []string{...}}:
./fmt_zero_values.go:29:22:     from []string{...} (spill) at ./fmt_zero_values.go:29:22
./fmt_zero_values.go:29:22:     from ... argument (slice-literal-element) at ./fmt_zero_values.go:29:13
./fmt_zero_values.go:29:22:   flow: {heap} = {storage for ... argument}:
./fmt_zero_values.go:29:22:     from ... argument (spill) at ./fmt_zero_values.go:29:13
./fmt_zero_values.go:29:22:     from fmt.Println(... argument...) (call parameter) at ./fmt_zero_values.go:29:13
./fmt_zero_values.go:28:22: "|" escapes to heap:
./fmt_zero_values.go:28:22:   flow: {storage for ... argument} = &{storage for "|"}:
./fmt_zero_values.go:28:22:     from "|" (spill) at ./fmt_zero_values.go:28:22
./fmt_zero_values.go:28:22:     from ... argument (slice-literal-element) at ./fmt_zero_values.go:28:13
./fmt_zero_values.go:28:22:   flow: {heap} = {storage for ... argument}:
./fmt_zero_values.go:28:22:     from ... argument (spill) at ./fmt_zero_values.go:28:13
./fmt_zero_values.go:28:22:     from fmt.Println(... argument...) (call parameter) at ./fmt_zero_values.go:28:13
./fmt_zero_values.go:28:18: "" escapes to heap:
./fmt_zero_values.go:28:18:   flow: {storage for ... argument} = &{storage for ""}:
./fmt_zero_values.go:28:18:     from "" (spill) at ./fmt_zero_values.go:28:18
./fmt_zero_values.go:28:18:     from ... argument (slice-literal-element) at ./fmt_zero_values.go:28:13
./fmt_zero_values.go:28:18:   flow: {heap} = {storage for ... argument}:
./fmt_zero_values.go:28:18:     from ... argument (spill) at ./fmt_zero_values.go:28:13
./fmt_zero_values.go:28:18:     from fmt.Println(... argument...) (call parameter) at ./fmt_zero_values.go:28:13
./fmt_zero_values.go:28:14: "" escapes to heap:
./fmt_zero_values.go:28:14:   flow: {storage for ... argument} = &{storage for ""}:
./fmt_zero_values.go:28:14:     from "" (spill) at ./fmt_zero_values.go:28:14
./fmt_zero_values.go:28:14:     from ... argument (slice-literal-element) at ./fmt_zero_values.go:28:13
./fmt_zero_values.go:28:14:   flow: {heap} = {storage for ... argument}:
./fmt_zero_values.go:28:14:     from ... argument (spill) at ./fmt_zero_values.go:28:13
./fmt_zero_values.go:28:14:     from fmt.Println(... argument...) (call parameter) at ./fmt_zero_values.go:28:13
./fmt_zero_values.go:27:29: []*int{...} escapes to heap:
./fmt_zero_values.go:27:29:   flow: {storage for ... argument} = &{storage for []*int{...}}:
./fmt_zero_values.go:27:29:     from []*int{...} (spill) at ./fmt_zero_values.go:27:29
./fmt_zero_values.go:27:29:     from ... argument (slice-literal-element) at ./fmt_zero_values.go:27:13
./fmt_zero_values.go:27:29:   flow: {heap} = {storage for ... argument}:
./fmt_zero_values.go:27:29:     from ... argument (spill) at ./fmt_zero_values.go:27:13
./fmt_zero_values.go:27:29:     from fmt.Println(... argument...) (call parameter) at ./fmt_zero_values.go:27:13
./fmt_zero_values.go:27:19: [2]*S{} escapes to heap:
./fmt_zero_values.go:27:19:   flow: {storage for ... argument} = &{storage for [2]*S{}}:
./fmt_zero_values.go:27:19:     from [2]*S{} (spill) at ./fmt_zero_values.go:27:19
./fmt_zero_values.go:27:19:     from ... argument (slice-literal-element) at ./fmt_zero_values.go:27:13
./fmt_zero_values.go:27:19:   flow: {heap} = {storage for ... argument}:
./fmt_zero_values.go:27:19:     from ... argument (spill) at ./fmt_zero_values.go:27:13
./fmt_zero_values.go:27:19:     from fmt.Println(... argument...) (call parameter) at ./fmt_zero_values.go:27:13
./fmt_zero_values.go:26:17: []S{...} escapes to heap:
./fmt_zero_values.go:26:17:   flow: {storage for ... argument} = &{storage for []S{...}}:
./fmt_zero_values.go:26:17:     from []S{...} (spill) at ./fmt_zero_values.go:26:17
./fmt_zero_values.go:26:17:     from ... argument (slice-literal-element) at ./fmt_zero_values.go:26:13
./fmt_zero_values.go:26:17:   flow: {heap} = {storage for ... argument}:
./fmt_zero_values.go:26:17:     from ... argument (spill) at ./fmt_zero_values.go:26:13
./fmt_zero_values.go:26:17:     from fmt.Println(... argument...) (call parameter) at ./fmt_zero_values.go:26:13
./fmt_zero_values.go:25:15: W{} escapes to heap:
./fmt_zero_values.go:25:15:   flow: {storage for ... argument} = &{storage for W{}}:
./fmt_zero_values.go:25:15:     from W{} (spill) at ./fmt_zero_values.go:25:15
./fmt_zero_values.go:25:15:     from ... argument (slice-literal-element) at ./fmt_zero_values.go:25:13
./fmt_zero_values.go:25:15:   flow: {heap} = {storage for ... argument}:
./fmt_zero_values.go:25:15:     from ... argument (spill) at ./fmt_zero_values.go:25:13
./fmt_zero_values.go:25:15:     from fmt.Println(... argument...) (call parameter) at ./fmt_zero_values.go:25:13
./fmt_zero_values.go:22:6: s escapes to heap:
./fmt_zero_values.go:22:6:   flow: {storage for ... argument} = &s:
./fmt_zero_values.go:22:6:     from &s (address-of) at ./fmt_zero_values.go:24:14
./fmt_zero_values.go:22:6:     from &s (interface-converted) at ./fmt_zero_values.go:24:14
./fmt_zero_values.go:22:6:     from ... argument (slice-literal-element) at ./fmt_zero_values.go:24:13
./fmt_zero_values.go:22:6:   flow: {heap} = {storage for ... argument}:
./fmt_zero_values.go:22:6:     from ... argument (spill) at ./fmt_zero_values.go:24:13
./fmt_zero_values.go:22:6:     from fmt.Println(... argument...) (call parameter) at ./fmt_zero_values.go:24:13
./fmt_zero_values.go:23:13: s escapes to heap:
./fmt_zero_values.go:23:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_zero_values.go:23:13:     from s (spill) at ./fmt_zero_values.go:23:13
./fmt_zero_values.go:23:13:     from ... argument (slice-literal-element) at ./fmt_zero_values.go:23:13
./fmt_zero_values.go:23:13:   flow: {heap} = {storage for ... argument}:
./fmt_zero_values.go:23:13:     from ... argument (spill) at ./fmt_zero_values.go:23:13
./fmt_zero_values.go:23:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_zero_values.go:23:13
./fmt_zero_values.go:30:37: []byte{} escapes to heap:
./fmt_zero_values.go:30:37:   flow: {storage for S{...}} = &{storage for []byte{}}:
./fmt_zero_values.go:30:37:     from []byte{} (spill) at ./fmt_zero_values.go:30:37
./fmt_zero_values.go:30:37:     from S{...} (struct literal element) at ./fmt_zero_values.go:30:15
./fmt_zero_values.go:30:37:     from S{...} (interface-converted) at ./fmt_zero_values.go:30:15
./fmt_zero_values.go:30:24: []int{} escapes to heap:
./fmt_zero_values.go:30:24:   flow: {storage for S{...}} = &{storage for []int{}}:
./fmt_zero_values.go:30:24:     from []int{} (spill) at ./fmt_zero_values.go:30:24
./fmt_zero_values.go:30:24:     from S{...} (struct literal element) at ./fmt_zero_values.go:30:15
./fmt_zero_values.go:30:24:     from S{...} (interface-converted) at ./fmt_zero_values.go:30:15
./fmt_zero_values.go:29:22: []string{...} escapes to heap:
./fmt_zero_values.go:29:22:   flow: {storage for []string{...}} = &{storage for []string{...}}:
./fmt_zero_values.go:29:22:     from []string{...} (spill) at ./fmt_zero_values.go:29:22
./fmt_zero_values.go:29:22:     from []string{...} (interface-converted) at ./fmt_zero_values.go:29:22
./fmt_zero_values.go:27:29: []*int{...} escapes to heap:
./fmt_zero_values.go:27:29:   flow: {storage for []*int{...}} = &{storage for []*int{...}}:
./fmt_zero_values.go:27:29:     from []*int{...} (spill) at ./fmt_zero_values.go:27:29
./fmt_zero_values.go:27:29:     from []*int{...} (interface-converted) at ./fmt_zero_values.go:27:29
./fmt_zero_values.go:26:17: []S{...} escapes to heap:
./fmt_zero_values.go:26:17:   flow: {storage for []S{...}} = &{storage for []S{...}}:
./fmt_zero_values.go:26:17:     from []S{...} (spill) at ./fmt_zero_values.go:26:17
./fmt_zero_values.go:26:17:     from []S{...} (interface-converted) at ./fmt_zero_values.go:26:17
./fmt_zero_values.go:22:6: moved to heap: s
./fmt_zero_values.go:23:13: ... argument does not escape
./fmt_zero_values.go:23:13: s escapes to heap
./fmt_zero_values.go:24:13: ... argument does not escape
./fmt_zero_values.go:25:13: ... argument does not escape
./fmt_zero_values.go:25:15: W{} escapes to heap
./fmt_zero_values.go:26:13: ... argument does not escape
./fmt_zero_values.go:26:17: []S{...} escapes to heap
./fmt_zero_values.go:26:17: []S{...} escapes to heap
./fmt_zero_values.go:27:13: ... argument does not escape
./fmt_zero_values.go:27:19: [2]*S{} escapes to heap
./fmt_zero_values.go:27:29: []*int{...} escapes to heap
./fmt_zero_values.go:27:29: []*int{...} escapes to heap
./fmt_zero_values.go:28:13: ... argument does not escape
./fmt_zero_values.go:28:14: "" escapes to heap
./fmt_zero_values.go:28:18: "" escapes to heap
./fmt_zero_values.go:28:22: "|" escapes to heap
./fmt_zero_values.go:29:13: ... argument does not escape
./fmt_zero_values.go:29:22: []string{...} escapes to heap
./fmt_zero_values.go:29:22: []string{...} escapes to heap
./fmt_zero_values.go:29:41: [3]string{} escapes to heap
./fmt_zero_values.go:30:13: ... argument does not escape
./fmt_zero_values.go:30:15: S{...} escapes to heap
./fmt_zero_values.go:30:24: []int{} escapes to heap
./fmt_zero_values.go:30:37: []byte{} escapes to heap
./fmt_zero_values.go:31:11: ... argument does not escape
./fmt_zero_values.go:31:12: "" escapes to heap
./fmt_zero_values.go:31:16: "x" escapes to heap
./fmt_zero_values.go:31:21: "" escapes to heap
./fmt_zero_values.go:31:25: "\n" escapes to heap
./fmt_zero_values.go:32:11: ... argument does not escape
./fmt_zero_values.go:32:12: 1 escapes to heap
./fmt_zero_values.go:32:15: "" escapes to heap
./fmt_zero_values.go:32:19: 2 escapes to heap
./fmt_zero_values.go:32:22: "\n" escapes to heap
./fmt_zero_values.go:33:11: ... argument does not escape
./fmt_zero_values.go:33:12: "a" escapes to heap
./fmt_zero_values.go:33:17: 1 escapes to heap
./fmt_zero_values.go:33:20: 2 escapes to heap
./fmt_zero_values.go:33:23: "b" escapes to heap
./fmt_zero_values.go:33:28: true escapes to heap
./fmt_zero_values.go:33:34: false escapes to heap
./fmt_zero_values.go:33:41: "\n" escapes to heap
./fmt_zero_values.go:34:11: ... argument does not escape
./fmt_zero_values.go:34:13: s.G escapes to heap
./fmt_zero_values.go:34:18: s.H escapes to heap
./fmt_zero_values.go:34:23: s.C escapes to heap
./fmt_zero_values.go:34:27: "\n" escapes to heap
