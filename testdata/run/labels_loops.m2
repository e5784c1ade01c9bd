./labels_loops.go:84:16: "," escapes to heap:
./labels_loops.go:84:16:   flow: {storage for ... argument} = &{storage for ","}:
./labels_loops.go:84:16:     from "," (spill) at ./labels_loops.go:84:16
./labels_loops.go:84:16:     from ... argument (slice-literal-element) at ./labels_loops.go:84:12
./labels_loops.go:84:16:   flow: {heap} = {storage for ... argument}:
./labels_loops.go:84:16:     from ... argument (spill) at ./labels_loops.go:84:12
./labels_loops.go:84:16:     from fmt.Print(... argument...) (call parameter) at ./labels_loops.go:84:12
./labels_loops.go:84:12: x escapes to heap:
./labels_loops.go:84:12:   flow: {storage for ... argument} = &{storage for x}:
./labels_loops.go:84:12:     from x (spill) at ./labels_loops.go:84:12
./labels_loops.go:84:12:     from ... argument (slice-literal-element) at ./labels_loops.go:84:12
./labels_loops.go:84:12:   flow: {heap} = {storage for ... argument}:
./labels_loops.go:84:12:     from ... argument (spill) at ./labels_loops.go:84:12
./labels_loops.go:84:12:     from fmt.Print(... argument...) (call parameter) at ./labels_loops.go:84:12
./labels_loops.go:81:14: c escapes to heap:
./labels_loops.go:81:14:   flow: {storage for ... argument} = &{storage for c}:
./labels_loops.go:81:14:     from c (spill) at ./labels_loops.go:81:14
./labels_loops.go:81:14:     from ... argument (slice-literal-element) at ./labels_loops.go:81:14
./labels_loops.go:81:14:   flow: {heap} = {storage for ... argument}:
./labels_loops.go:81:14:     from ... argument (spill) at ./labels_loops.go:81:14
./labels_loops.go:81:14:     from fmt.Println(... argument...) (call parameter) at ./labels_loops.go:81:14
./labels_loops.go:81:14: i escapes to heap:
./labels_loops.go:81:14:   flow: {storage for ... argument} = &{storage for i}:
./labels_loops.go:81:14:     from i (spill) at ./labels_loops.go:81:14
./labels_loops.go:81:14:     from ... argument (slice-literal-element) at ./labels_loops.go:81:14
./labels_loops.go:81:14:   flow: {heap} = {storage for ... argument}:
./labels_loops.go:81:14:     from ... argument (spill) at ./labels_loops.go:81:14
./labels_loops.go:81:14:     from fmt.Println(... argument...) (call parameter) at ./labels_loops.go:81:14
./labels_loops.go:79:13: total escapes to heap:
./labels_loops.go:79:13:   flow: {storage for ... argument} = &{storage for total}:
./labels_loops.go:79:13:     from total (spill) at ./labels_loops.go:79:13
./labels_loops.go:79:13:     from ... argument (slice-literal-element) at ./labels_loops.go:79:13
./labels_loops.go:79:13:   flow: {heap} = {storage for ... argument}:
./labels_loops.go:79:13:     from ... argument (spill) at ./labels_loops.go:79:13
./labels_loops.go:79:13:     from fmt.Println(... argument...) (call parameter) at ./labels_loops.go:79:13
./labels_loops.go:67:13: v escapes to heap:
./labels_loops.go:67:13:   flow: {storage for ... argument} = &{storage for v}:
./labels_loops.go:67:13:     from v (spill) at ./labels_loops.go:67:13
./labels_loops.go:67:13:     from ... argument (slice-literal-element) at ./labels_loops.go:67:13
./labels_loops.go:67:13:   flow: {heap} = {storage for ... argument}:
./labels_loops.go:67:13:     from ... argument (spill) at ./labels_loops.go:67:13
./labels_loops.go:67:13:     from fmt.Println(... argument...) (call parameter) at ./labels_loops.go:67:13
./labels_loops.go:67:13: k escapes to heap:
./labels_loops.go:67:13:   flow: {storage for ... argument} = &{storage for k}:
./labels_loops.go:67:13:     from k (spill) at ./labels_loops.go:67:13
./labels_loops.go:67:13:     from ... argument (slice-literal-element) at ./labels_loops.go:67:13
./labels_loops.go:67:13:   flow: {heap} = {storage for ... argument}:
./labels_loops.go:67:13:     from ... argument (spill) at ./labels_loops.go:67:13
./labels_loops.go:67:13:     from fmt.Println(... argument...) (call parameter) at ./labels_loops.go:67:13
./labels_loops.go:63:13: i escapes to heap:
./labels_loops.go:63:13:   flow: {storage for ... argument} = &{storage for i}:
./labels_loops.go:63:13:     from i (spill) at ./labels_loops.go:63:13
./labels_loops.go:63:13:     from ... argument (slice-literal-element) at ./labels_loops.go:63:13
./labels_loops.go:63:13:   flow: {heap} = {storage for ... argument}:
./labels_loops.go:63:13:     from ... argument (spill) at ./labels_loops.go:63:13
./labels_loops.go:63:13:     from fmt.Println(... argument...) (call parameter) at ./labels_loops.go:63:13
./labels_loops.go:59:13: n escapes to heap:
./labels_loops.go:59:13:   flow: {storage for ... argument} = &{storage for n}:
./labels_loops.go:59:13:     from n (spill) at ./labels_loops.go:59:13
./labels_loops.go:59:13:     from ... argument (slice-literal-element) at ./labels_loops.go:59:13
./labels_loops.go:59:13:   flow: {heap} = {storage for ... argument}:
./labels_loops.go:59:13:     from ... argument (spill) at ./labels_loops.go:59:13
./labels_loops.go:59:13:     from fmt.Println(... argument...) (call parameter) at ./labels_loops.go:59:13
./labels_loops.go:55:13: s escapes to heap:
./labels_loops.go:55:13:   flow: {storage for ... argument} = &{storage for s}:
./labels_loops.go:55:13:     from s (spill) at ./labels_loops.go:55:13
./labels_loops.go:55:13:     from ... argument (slice-literal-element) at ./labels_loops.go:55:13
./labels_loops.go:55:13:   flow: {heap} = {storage for ... argument}:
./labels_loops.go:55:13:     from ... argument (spill) at ./labels_loops.go:55:13
./labels_loops.go:55:13:     from fmt.Println(... argument...) (call parameter) at ./labels_loops.go:55:13
./labels_loops.go:53:16: " " escapes to heap:
./labels_loops.go:53:16:   flow: {storage for ... argument} = &{storage for " "}:
./labels_loops.go:53:16:     from " " (spill) at ./labels_loops.go:53:16
./labels_loops.go:53:16:     from ... argument (slice-literal-element) at ./labels_loops.go:53:12
./labels_loops.go:53:16:   flow: {heap} = {storage for ... argument}:
./labels_loops.go:53:16:     from ... argument (spill) at ./labels_loops.go:53:12
./labels_loops.go:53:16:     from fmt.Print(... argument...) (call parameter) at ./labels_loops.go:53:12
./labels_loops.go:53:12: v escapes to heap:
./labels_loops.go:53:12:   flow: {storage for ... argument} = &{storage for v}:
./labels_loops.go:53:12:     from v (spill) at ./labels_loops.go:53:12
./labels_loops.go:53:12:     from ... argument (slice-literal-element) at ./labels_loops.go:53:12
./labels_loops.go:53:12:   flow: {heap} = {storage for ... argument}:
./labels_loops.go:53:12:     from ... argument (spill) at ./labels_loops.go:53:12
./labels_loops.go:53:12:     from fmt.Print(... argument...) (call parameter) at ./labels_loops.go:53:12
./labels_loops.go:44:16: " " escapes to heap:
./labels_loops.go:44:16:   flow: {storage for ... argument} = &{storage for " "}:
./labels_loops.go:44:16:     from " " (spill) at ./labels_loops.go:44:16
./labels_loops.go:44:16:     from ... argument (slice-literal-element) at ./labels_loops.go:44:12
./labels_loops.go:44:16:   flow: {heap} = {storage for ... argument}:
./labels_loops.go:44:16:     from ... argument (spill) at ./labels_loops.go:44:12
./labels_loops.go:44:16:     from fmt.Print(... argument...) (call parameter) at ./labels_loops.go:44:12
./labels_loops.go:44:12: v escapes to heap:
./labels_loops.go:44:12:   flow: {storage for ... argument} = &{storage for v}:
./labels_loops.go:44:12:     from v (spill) at ./labels_loops.go:44:12
./labels_loops.go:44:12:     from ... argument (slice-literal-element) at ./labels_loops.go:44:12
./labels_loops.go:44:12:   flow: {heap} = {storage for ... argument}:
./labels_loops.go:44:12:     from ... argument (spill) at ./labels_loops.go:44:12
./labels_loops.go:44:12:     from fmt.Print(... argument...) (call parameter) at ./labels_loops.go:44:12
./labels_loops.go:35:13: n escapes to heap:
./labels_loops.go:35:13:   flow: {storage for ... argument} = &{storage for n}:
./labels_loops.go:35:13:     from n (spill) at ./labels_loops.go:35:13
./labels_loops.go:35:13:     from ... argument (slice-literal-element) at ./labels_loops.go:35:13
./labels_loops.go:35:13:   flow: {heap} = {storage for ... argument}:
./labels_loops.go:35:13:     from ... argument (spill) at ./labels_loops.go:35:13
./labels_loops.go:35:13:     from fmt.Println(... argument...) (call parameter) at ./labels_loops.go:35:13
./labels_loops.go:24:13: count escapes to heap:
./labels_loops.go:24:13:   flow: {storage for ... argument} = &{storage for count}:
./labels_loops.go:24:13:     from count (spill) at ./labels_loops.go:24:13
./labels_loops.go:24:13:     from ... argument (slice-literal-element) at ./labels_loops.go:24:13
./labels_loops.go:24:13:   flow: {heap} = {storage for ... argument}:
./labels_loops.go:24:13:     from ... argument (spill) at ./labels_loops.go:24:13
./labels_loops.go:24:13:     from fmt.Println(... argument...) (call parameter) at ./labels_loops.go:24:13
./labels_loops.go:22:15: count escapes to heap:
./labels_loops.go:22:15:   flow: {storage for ... argument} = &{storage for count}:
./labels_loops.go:22:15:     from count (spill) at ./labels_loops.go:22:15
./labels_loops.go:22:15:     from ... argument (slice-literal-element) at ./labels_loops.go:22:14
./labels_loops.go:22:15:   flow: {heap} = {storage for ... argument}:
./labels_loops.go:22:15:     from ... argument (spill) at ./labels_loops.go:22:14
./labels_loops.go:22:15:     from fmt.Println(... argument...) (call parameter) at ./labels_loops.go:22:14
./labels_loops.go:22:15: i escapes to heap:
./labels_loops.go:22:15:   flow: {storage for ... argument} = &{storage for i}:
./labels_loops.go:22:15:     from i (spill) at ./labels_loops.go:22:15
./labels_loops.go:22:15:     from ... argument (slice-literal-element) at ./labels_loops.go:22:14
./labels_loops.go:22:15:   flow: {heap} = {storage for ... argument}:
./labels_loops.go:22:15:     from ... argument (spill) at ./labels_loops.go:22:14
./labels_loops.go:22:15:     from fmt.Println(... argument...) (call parameter) at ./labels_loops.go:22:14
./labels_loops.go:22:15: "row" escapes to heap:
./labels_loops.go:22:15:   flow: {storage for ... argument} = &{storage for "row"}:
./labels_loops.go:22:15:     from "row" (spill) at ./labels_loops.go:22:15
./labels_loops.go:22:15:     from ... argument (slice-literal-element) at ./labels_loops.go:22:14
./labels_loops.go:22:15:   flow: {heap} = {storage for ... argument}:
./labels_loops.go:22:15:     from ... argument (spill) at ./labels_loops.go:22:14
./labels_loops.go:22:15:     from fmt.Println(... argument...) (call parameter) at ./labels_loops.go:22:14
./labels_loops.go:47:12: []int{...} escapes to heap:
./labels_loops.go:47:12:   flow: s = &{storage for []int{...}}:
./labels_loops.go:47:12:     from []int{...} (spill) at ./labels_loops.go:47:12
./labels_loops.go:47:12:     from s := []int{...} (assign) at ./labels_loops.go:47:4
./labels_loops.go:47:12:   flow: {storage for s} = s:
./labels_loops.go:47:12:     from s (interface-converted) at ./labels_loops.go:55:13
./labels_loops.go:22:14: ... argument does not escape
./labels_loops.go:22:15: "row" escapes to heap
./labels_loops.go:22:15: i escapes to heap
./labels_loops.go:22:15: count escapes to heap
./labels_loops.go:24:13: ... argument does not escape
./labels_loops.go:24:13: count escapes to heap
./labels_loops.go:35:13: ... argument does not escape
./labels_loops.go:35:13: n escapes to heap
./labels_loops.go:44:12: ... argument does not escape
./labels_loops.go:44:12: v escapes to heap
./labels_loops.go:44:16: " " escapes to heap
./labels_loops.go:47:12: []int{...} escapes to heap
./labels_loops.go:53:12: ... argument does not escape
./labels_loops.go:53:12: v escapes to heap
./labels_loops.go:53:16: " " escapes to heap
./labels_loops.go:55:13: ... argument does not escape
./labels_loops.go:55:13: s escapes to heap
./labels_loops.go:59:13: ... argument does not escape
./labels_loops.go:59:13: n escapes to heap
./labels_loops.go:63:13: ... argument does not escape
./labels_loops.go:63:13: i escapes to heap
./labels_loops.go:65:24: []int{...} does not escape
./labels_loops.go:67:13: ... argument does not escape
./labels_loops.go:67:13: k escapes to heap
./labels_loops.go:67:13: v escapes to heap
./labels_loops.go:79:13: ... argument does not escape
./labels_loops.go:79:13: total escapes to heap
./labels_loops.go:81:14: ... argument does not escape
./labels_loops.go:81:14: i escapes to heap
./labels_loops.go:81:14: c escapes to heap
./labels_loops.go:84:12: ... argument does not escape
./labels_loops.go:84:12: x escapes to heap
./labels_loops.go:84:16: "," escapes to heap
