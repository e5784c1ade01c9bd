./untyped_shift.go:44:14: []int{...} escapes to heap:
./untyped_shift.go:44:14:   flow: ~r0 = &{storage for []int{...}}:
./untyped_shift.go:44:14:     from []int{...} (spill) at ./untyped_shift.go:44:14
./untyped_shift.go:44:14:     from return []int{...} (return) at ./untyped_shift.go:44:2
./untyped_shift.go:44:14: []int{...} escapes to heap
./untyped_shift.go:37:13: calls escapes to heap:
./untyped_shift.go:37:13:   flow: {storage for ... argument} = &{storage for calls}:
./untyped_shift.go:37:13:     from calls (spill) at ./untyped_shift.go:37:13
./untyped_shift.go:37:13:     from ... argument (slice-literal-element) at ./untyped_shift.go:37:13
./untyped_shift.go:37:13:   flow: {heap} = {storage for ... argument}:
./untyped_shift.go:37:13:     from ... argument (spill) at ./untyped_shift.go:37:13
./untyped_shift.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./untyped_shift.go:37:13
./untyped_shift.go:37:13: rr escapes to heap:
./untyped_shift.go:37:13:   flow: {storage for ... argument} = &{storage for rr}:
./untyped_shift.go:37:13:     from rr (spill) at ./untyped_shift.go:37:13
./untyped_shift.go:37:13:     from ... argument (slice-literal-element) at ./untyped_shift.go:37:13
./untyped_shift.go:37:13:   flow: {heap} = {storage for ... argument}:
./untyped_shift.go:37:13:     from ... argument (spill) at ./untyped_shift.go:37:13
./untyped_shift.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./untyped_shift.go:37:13
./untyped_shift.go:32:19: n escapes to heap:
./untyped_shift.go:32:19:   flow: {storage for ... argument} = &{storage for n}:
./untyped_shift.go:32:19:     from n (spill) at ./untyped_shift.go:32:19
./untyped_shift.go:32:19:     from ... argument (slice-literal-element) at ./untyped_shift.go:32:13
./untyped_shift.go:32:19:   flow: {heap} = {storage for ... argument}:
./untyped_shift.go:32:19:     from ... argument (spill) at ./untyped_shift.go:32:13
./untyped_shift.go:32:19:     from fmt.Println(... argument...) (call parameter) at ./untyped_shift.go:32:13
./untyped_shift.go:32:13: idx escapes to heap:
./untyped_shift.go:32:13:   flow: {storage for ... argument} = &{storage for idx}:
./untyped_shift.go:32:13:     from idx (spill) at ./untyped_shift.go:32:13
./untyped_shift.go:32:13:     from ... argument (slice-literal-element) at ./untyped_shift.go:32:13
./untyped_shift.go:32:13:   flow: {heap} = {storage for ... argument}:
./untyped_shift.go:32:13:     from ... argument (spill) at ./untyped_shift.go:32:13
./untyped_shift.go:32:13:     from fmt.Println(... argument...) (call parameter) at ./untyped_shift.go:32:13
./untyped_shift.go:28:18: u - 1 escapes to heap:
./untyped_shift.go:28:18:   flow: {storage for ... argument} = &{storage for u - 1}:
./untyped_shift.go:28:18:     from u - 1 (spill) at ./untyped_shift.go:28:18
./untyped_shift.go:28:18:     from ... argument (slice-literal-element) at ./untyped_shift.go:28:13
./untyped_shift.go:28:18:   flow: {heap} = {storage for ... argument}:
./untyped_shift.go:28:18:     from ... argument (spill) at ./untyped_shift.go:28:13
./untyped_shift.go:28:18:     from fmt.Println(... argument...) (call parameter) at ./untyped_shift.go:28:13
./untyped_shift.go:28:13: u escapes to heap:
./untyped_shift.go:28:13:   flow: {storage for ... argument} = &{storage for u}:
./untyped_shift.go:28:13:     from u (spill) at ./untyped_shift.go:28:13
./untyped_shift.go:28:13:     from ... argument (slice-literal-element) at ./untyped_shift.go:28:13
./untyped_shift.go:28:13:   flow: {heap} = {storage for ... argument}:
./untyped_shift.go:28:13:     from ... argument (spill) at ./untyped_shift.go:28:13
./untyped_shift.go:28:13:     from fmt.Println(... argument...) (call parameter) at ./untyped_shift.go:28:13
./untyped_shift.go:25:13: k escapes to heap:
./untyped_shift.go:25:13:   flow: {storage for ... argument} = &{storage for k}:
./untyped_shift.go:25:13:     from k (spill) at ./untyped_shift.go:25:13
./untyped_shift.go:25:13:     from ... argument (slice-literal-element) at ./untyped_shift.go:25:13
./untyped_shift.go:25:13:   flow: {heap} = {storage for ... argument}:
./untyped_shift.go:25:13:     from ... argument (spill) at ./untyped_shift.go:25:13
./untyped_shift.go:25:13:     from fmt.Println(... argument...) (call parameter) at ./untyped_shift.go:25:13
./untyped_shift.go:25:13: h escapes to heap:
./untyped_shift.go:25:13:   flow: {storage for ... argument} = &{storage for h}:
./untyped_shift.go:25:13:     from h (spill) at ./untyped_shift.go:25:13
./untyped_shift.go:25:13:     from ... argument (slice-literal-element) at ./untyped_shift.go:25:13
./untyped_shift.go:25:13:   flow: {heap} = {storage for ... argument}:
./untyped_shift.go:25:13:     from ... argument (spill) at ./untyped_shift.go:25:13
./untyped_shift.go:25:13:     from fmt.Println(... argument...) (call parameter) at ./untyped_shift.go:25:13
./untyped_shift.go:20:24: " " escapes to heap:
./untyped_shift.go:20:24:   flow: {storage for ... argument} = &{storage for " "}:
./untyped_shift.go:20:24:     from " " (spill) at ./untyped_shift.go:20:24
./untyped_shift.go:20:24:     from ... argument (slice-literal-element) at ./untyped_shift.go:20:12
./untyped_shift.go:20:24:   flow: {heap} = {storage for ... argument}:
./untyped_shift.go:20:24:     from ... argument (spill) at ./untyped_shift.go:20:12
./untyped_shift.go:20:24:     from fmt.Print(... argument...) (call parameter) at ./untyped_shift.go:20:12
./untyped_shift.go:20:16: y escapes to heap:
./untyped_shift.go:20:16:   flow: {storage for ... argument} = &{storage for y}:
./untyped_shift.go:20:16:     from y (spill) at ./untyped_shift.go:20:16
./untyped_shift.go:20:16:     from ... argument (slice-literal-element) at ./untyped_shift.go:20:12
./untyped_shift.go:20:16:   flow: {heap} = {storage for ... argument}:
./untyped_shift.go:20:16:     from ... argument (spill) at ./untyped_shift.go:20:12
./untyped_shift.go:20:16:     from fmt.Print(... argument...) (call parameter) at ./untyped_shift.go:20:12
./untyped_shift.go:20:16: ":" escapes to heap:
./untyped_shift.go:20:16:   flow: {storage for ... argument} = &{storage for ":"}:
./untyped_shift.go:20:16:     from ":" (spill) at ./untyped_shift.go:20:16
./untyped_shift.go:20:16:     from ... argument (slice-literal-element) at ./untyped_shift.go:20:12
./untyped_shift.go:20:16:   flow: {heap} = {storage for ... argument}:
./untyped_shift.go:20:16:     from ... argument (spill) at ./untyped_shift.go:20:12
./untyped_shift.go:20:16:     from fmt.Print(... argument...) (call parameter) at ./untyped_shift.go:20:12
./untyped_shift.go:20:12: x escapes to heap:
./untyped_shift.go:20:12:   flow: {storage for ... argument} = &{storage for x}:
./untyped_shift.go:20:12:     from x (spill) at ./untyped_shift.go:20:12
./untyped_shift.go:20:12:     from ... argument (slice-literal-element) at ./untyped_shift.go:20:12
./untyped_shift.go:20:12:   flow: {heap} = {storage for ... argument}:
./untyped_shift.go:20:12:     from ... argument (spill) at ./untyped_shift.go:20:12
./untyped_shift.go:20:12:     from fmt.Print(... argument...) (call parameter) at ./untyped_shift.go:20:12
./untyped_shift.go:16:13: g escapes to heap:
./untyped_shift.go:16:13:   flow: {storage for ... argument} = &{storage for g}:
./untyped_shift.go:16:13:     from g (spill) at ./untyped_shift.go:16:13
./untyped_shift.go:16:13:     from ... argument (slice-literal-element) at ./untyped_shift.go:16:13
./untyped_shift.go:16:13:   flow: {heap} = {storage for ... argument}:
./untyped_shift.go:16:13:     from ... argument (spill) at ./untyped_shift.go:16:13
./untyped_shift.go:16:13:     from fmt.Println(... argument...) (call parameter) at ./untyped_shift.go:16:13
./untyped_shift.go:14:41: int16(1) << (s * 5) escapes to heap:
./untyped_shift.go:14:41:   flow: {storage for ... argument} = &{storage for int16(1) << (s * 5)}:
./untyped_shift.go:14:41:     from int16(1) << (s * 5) (spill) at ./untyped_shift.go:14:41
./untyped_shift.go:14:41:     from ... argument (slice-literal-element) at ./untyped_shift.go:14:13
./untyped_shift.go:14:41:   flow: {heap} = {storage for ... argument}:
./untyped_shift.go:14:41:     from ... argument (spill) at ./untyped_shift.go:14:13
./untyped_shift.go:14:41:     from fmt.Println(... argument...) (call parameter) at ./untyped_shift.go:14:13
./untyped_shift.go:14:25: uint8(1 << s) escapes to heap:
./untyped_shift.go:14:25:   flow: {storage for ... argument} = &{storage for uint8(1 << s)}:
./untyped_shift.go:14:25:     from uint8(1 << s) (spill) at ./untyped_shift.go:14:25
./untyped_shift.go:14:25:     from ... argument (slice-literal-element) at ./untyped_shift.go:14:13
./untyped_shift.go:14:25:   flow: {heap} = {storage for ... argument}:
./untyped_shift.go:14:25:     from ... argument (spill) at ./untyped_shift.go:14:13
./untyped_shift.go:14:25:     from fmt.Println(... argument...) (call parameter) at ./untyped_shift.go:14:13
./untyped_shift.go:14:13: f escapes to heap:
./untyped_shift.go:14:13:   flow: {storage for ... argument} = &{storage for f}:
./untyped_shift.go:14:13:     from f (spill) at ./untyped_shift.go:14:13
./untyped_shift.go:14:13:     from ... argument (slice-literal-element) at ./untyped_shift.go:14:13
./untyped_shift.go:14:13:   flow: {heap} = {storage for ... argument}:
./untyped_shift.go:14:13:     from ... argument (spill) at ./untyped_shift.go:14:13
./untyped_shift.go:14:13:     from fmt.Println(... argument...) (call parameter) at ./untyped_shift.go:14:13
./untyped_shift.go:14:13: e escapes to heap:
./untyped_shift.go:14:13:   flow: {storage for ... argument} = &{storage for e}:
./untyped_shift.go:14:13:     from e (spill) at ./untyped_shift.go:14:13
./untyped_shift.go:14:13:     from ... argument (slice-literal-element) at ./untyped_shift.go:14:13
./untyped_shift.go:14:13:   flow: {heap} = {storage for ... argument}:
./untyped_shift.go:14:13:     from ... argument (spill) at ./untyped_shift.go:14:13
./untyped_shift.go:14:13:     from fmt.Println(... argument...) (call parameter) at ./untyped_shift.go:14:13
./untyped_shift.go:11:34: -1 >> s escapes to heap:
./untyped_shift.go:11:34:   flow: {storage for ... argument} = &{storage for -1 >> s}:
./untyped_shift.go:11:34:     from -1 >> s (spill) at ./untyped_shift.go:11:34
./untyped_shift.go:11:34:     from ... argument (slice-literal-element) at ./untyped_shift.go:11:13
./untyped_shift.go:11:34:   flow: {heap} = {storage for ... argument}:
./untyped_shift.go:11:34:     from ... argument (spill) at ./untyped_shift.go:11:13
./untyped_shift.go:11:34:     from fmt.Println(... argument...) (call parameter) at ./untyped_shift.go:11:13
./untyped_shift.go:11:27: 1 << s escapes to heap:
./untyped_shift.go:11:27:   flow: {storage for ... argument} = &{storage for 1 << s}:
./untyped_shift.go:11:27:     from 1 << s (spill) at ./untyped_shift.go:11:27
./untyped_shift.go:11:27:     from ... argument (slice-literal-element) at ./untyped_shift.go:11:13
./untyped_shift.go:11:27:   flow: {heap} = {storage for ... argument}:
./untyped_shift.go:11:27:     from ... argument (spill) at ./untyped_shift.go:11:13
./untyped_shift.go:11:27:     from fmt.Println(... argument...) (call parameter) at ./untyped_shift.go:11:13
./untyped_shift.go:11:13: d escapes to heap:
./untyped_shift.go:11:13:   flow: {storage for ... argument} = &{storage for d}:
./untyped_shift.go:11:13:     from d (spill) at ./untyped_shift.go:11:13
./untyped_shift.go:11:13:     from ... argument (slice-literal-element) at ./untyped_shift.go:11:13
./untyped_shift.go:11:13:   flow: {heap} = {storage for ... argument}:
./untyped_shift.go:11:13:     from ... argument (spill) at ./untyped_shift.go:11:13
./untyped_shift.go:11:13:     from fmt.Println(... argument...) (call parameter) at ./untyped_shift.go:11:13
./untyped_shift.go:11:13: c escapes to heap:
./untyped_shift.go:11:13:   flow: {storage for ... argument} = &{storage for c}:
./untyped_shift.go:11:13:     from c (spill) at ./untyped_shift.go:11:13
./untyped_shift.go:11:13:     from ... argument (slice-literal-element) at ./untyped_shift.go:11:13
./untyped_shift.go:11:13:   flow: {heap} = {storage for ... argument}:
./untyped_shift.go:11:13:     from ... argument (spill) at ./untyped_shift.go:11:13
./untyped_shift.go:11:13:     from fmt.Println(... argument...) (call parameter) at ./untyped_shift.go:11:13
./untyped_shift.go:11:13: b escapes to heap:
./untyped_shift.go:11:13:   flow: {storage for ... argument} = &{storage for b}:
./untyped_shift.go:11:13:     from b (spill) at ./untyped_shift.go:11:13
./untyped_shift.go:11:13:     from ... argument (slice-literal-element) at ./untyped_shift.go:11:13
./untyped_shift.go:11:13:   flow: {heap} = {storage for ... argument}:
./untyped_shift.go:11:13:     from ... argument (spill) at ./untyped_shift.go:11:13
./untyped_shift.go:11:13:     from fmt.Println(... argument...) (call parameter) at ./untyped_shift.go:11:13
./untyped_shift.go:11:13: a escapes to heap:
./untyped_shift.go:11:13:   flow: {storage for ... argument} = &{storage for a}:
./untyped_shift.go:11:13:     from a (spill) at ./untyped_shift.go:11:13
./untyped_shift.go:11:13:     from ... argument (slice-literal-element) at ./untyped_shift.go:11:13
./untyped_shift.go:11:13:   flow: {heap} = {storage for ... argument}:
./untyped_shift.go:11:13:     from ... argument (spill) at ./untyped_shift.go:11:13
./untyped_shift.go:11:13:     from fmt.Println(... argument...) (call parameter) at ./untyped_shift.go:11:13
./untyped_shift.go:11:13: ... argument does not escape
./untyped_shift.go:11:13: a escapes to heap
./untyped_shift.go:11:13: b escapes to heap
./untyped_shift.go:11:13: c escapes to heap
./untyped_shift.go:11:13: d escapes to heap
./untyped_shift.go:11:27: 1 << s escapes to heap
./untyped_shift.go:11:34: -1 >> s escapes to heap
./untyped_shift.go:14:13: ... argument does not escape
./untyped_shift.go:14:13: e escapes to heap
./untyped_shift.go:14:13: f escapes to heap
./untyped_shift.go:14:25: uint8(1 << s) escapes to heap
./untyped_shift.go:14:41: int16(1) << (s * 5) escapes to heap
./untyped_shift.go:16:13: ... argument does not escape
./untyped_shift.go:16:13: g escapes to heap
./untyped_shift.go:20:12: ... argument does not escape
./untyped_shift.go:20:12: x escapes to heap
./untyped_shift.go:20:16: ":" escapes to heap
./untyped_shift.go:20:16: y escapes to heap
./untyped_shift.go:20:24: " " escapes to heap
./untyped_shift.go:25:13: ... argument does not escape
./untyped_shift.go:25:13: h escapes to heap
./untyped_shift.go:25:13: k escapes to heap
./untyped_shift.go:28:13: ... argument does not escape
./untyped_shift.go:28:13: u escapes to heap
./untyped_shift.go:28:18: u - 1 escapes to heap
./untyped_shift.go:32:13: ... argument does not escape
./untyped_shift.go:32:13: idx escapes to heap
./untyped_shift.go:32:19: n escapes to heap
./untyped_shift.go:37:13: ... argument does not escape
./untyped_shift.go:37:13: rr escapes to heap
./untyped_shift.go:37:13: calls escapes to heap
