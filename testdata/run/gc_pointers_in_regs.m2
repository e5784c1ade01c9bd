./gc_pointers_in_regs.go:14:12: make([]int64, 64) does not escape
./gc_pointers_in_regs.go:24:10: &Cell{...} escapes to heap:
./gc_pointers_in_regs.go:24:10:   flow: head = &{storage for &Cell{...}}:
./gc_pointers_in_regs.go:24:10:     from &Cell{...} (spill) at ./gc_pointers_in_regs.go:24:10
./gc_pointers_in_regs.go:24:10:     from head = &Cell{...} (assign) at ./gc_pointers_in_regs.go:24:8
./gc_pointers_in_regs.go:24:43: "c" + string(rune('0' + i % 10)) escapes to heap:
./gc_pointers_in_regs.go:24:43:   flow: {storage for &Cell{...}} = &{storage for "c" + string(rune('0' + i % 10))}:
./gc_pointers_in_regs.go:24:43:     from "c" + string(rune('0' + i % 10)) (spill) at ./gc_pointers_in_regs.go:24:43
./gc_pointers_in_regs.go:24:43:     from Cell{...} (struct literal element) at ./gc_pointers_in_regs.go:24:15
./gc_pointers_in_regs.go:24:10: &Cell{...} escapes to heap
./gc_pointers_in_regs.go:24:43: "c" + string(rune('0' + i % 10)) escapes to heap
./gc_pointers_in_regs.go:24:51: string(rune('0' + i % 10)) does not escape
./gc_pointers_in_regs.go:32:10: c does not escape
./gc_pointers_in_regs.go:41:13: parameter s leaks to ~r0 with derefs=0:
./gc_pointers_in_regs.go:41:13:   flow: ~r0 = s:
./gc_pointers_in_regs.go:41:13:     from s[len(s) / 2:len(s) / 2 + 3] (slice) at ./gc_pointers_in_regs.go:41:38
./gc_pointers_in_regs.go:41:13:     from return s[len(s) / 2:len(s) / 2 + 3] (return) at ./gc_pointers_in_regs.go:41:30
./gc_pointers_in_regs.go:41:13: leaking param: s to result ~r0 level=0
./gc_pointers_in_regs.go:72:30: string(rune('0' + i % 10)) + s escapes to heap:
./gc_pointers_in_regs.go:72:30:   flow: s = &{storage for string(rune('0' + i % 10)) + s}:
./gc_pointers_in_regs.go:72:30:     from string(rune('0' + i % 10)) + s (spill) at ./gc_pointers_in_regs.go:72:30
./gc_pointers_in_regs.go:72:30:     from s = string(rune('0' + i % 10)) + s (assign) at ./gc_pointers_in_regs.go:72:5
./gc_pointers_in_regs.go:72:30: string(rune('0' + i % 10)) + s escapes to heap
./gc_pointers_in_regs.go:72:13: string(rune('0' + i % 10)) does not escape
./gc_pointers_in_regs.go:46:20: make([]int, 100000) escapes to heap:
./gc_pointers_in_regs.go:46:20:   flow: {heap} = &{storage for make([]int, 100000)}:
./gc_pointers_in_regs.go:46:20:     from make([]int, 100000) (too large for stack) at ./gc_pointers_in_regs.go:46:20
./gc_pointers_in_regs.go:66:33: strs[4999] escapes to heap:
./gc_pointers_in_regs.go:66:33:   flow: {storage for ... argument} = &{storage for strs[4999]}:
./gc_pointers_in_regs.go:66:33:     from strs[4999] (spill) at ./gc_pointers_in_regs.go:66:33
./gc_pointers_in_regs.go:66:33:     from ... argument (slice-literal-element) at ./gc_pointers_in_regs.go:66:13
./gc_pointers_in_regs.go:66:33:   flow: {heap} = {storage for ... argument}:
./gc_pointers_in_regs.go:66:33:     from ... argument (spill) at ./gc_pointers_in_regs.go:66:13
./gc_pointers_in_regs.go:66:33:     from fmt.Println(... argument...) (call parameter) at ./gc_pointers_in_regs.go:66:13
./gc_pointers_in_regs.go:66:17: ok escapes to heap:
./gc_pointers_in_regs.go:66:17:   flow: {storage for ... argument} = &{storage for ok}:
./gc_pointers_in_regs.go:66:17:     from ok (spill) at ./gc_pointers_in_regs.go:66:17
./gc_pointers_in_regs.go:66:17:     from ... argument (slice-literal-element) at ./gc_pointers_in_regs.go:66:13
./gc_pointers_in_regs.go:66:17:   flow: {heap} = {storage for ... argument}:
./gc_pointers_in_regs.go:66:17:     from ... argument (spill) at ./gc_pointers_in_regs.go:66:13
./gc_pointers_in_regs.go:66:17:     from fmt.Println(... argument...) (call parameter) at ./gc_pointers_in_regs.go:66:13
./gc_pointers_in_regs.go:66:17: len(strs) escapes to heap:
./gc_pointers_in_regs.go:66:17:   flow: {storage for ... argument} = &{storage for len(strs)}:
./gc_pointers_in_regs.go:66:17:     from len(strs) (spill) at ./gc_pointers_in_regs.go:66:17
./gc_pointers_in_regs.go:66:17:     from ... argument (slice-literal-element) at ./gc_pointers_in_regs.go:66:13
./gc_pointers_in_regs.go:66:17:   flow: {heap} = {storage for ... argument}:
./gc_pointers_in_regs.go:66:17:     from ... argument (spill) at ./gc_pointers_in_regs.go:66:13
./gc_pointers_in_regs.go:66:17:     from fmt.Println(... argument...) (call parameter) at ./gc_pointers_in_regs.go:66:13
./gc_pointers_in_regs.go:52:49: cap(tail) escapes to heap:
./gc_pointers_in_regs.go:52:49:   flow: {storage for ... argument} = &{storage for cap(tail)}:
./gc_pointers_in_regs.go:52:49:     from cap(tail) (spill) at ./gc_pointers_in_regs.go:52:49
./gc_pointers_in_regs.go:52:49:     from ... argument (slice-literal-element) at ./gc_pointers_in_regs.go:52:13
./gc_pointers_in_regs.go:52:49:   flow: {heap} = {storage for ... argument}:
./gc_pointers_in_regs.go:52:49:     from ... argument (spill) at ./gc_pointers_in_regs.go:52:13
./gc_pointers_in_regs.go:52:49:     from fmt.Println(... argument...) (call parameter) at ./gc_pointers_in_regs.go:52:13
./gc_pointers_in_regs.go:52:38: len(tail) escapes to heap:
./gc_pointers_in_regs.go:52:38:   flow: {storage for ... argument} = &{storage for len(tail)}:
./gc_pointers_in_regs.go:52:38:     from len(tail) (spill) at ./gc_pointers_in_regs.go:52:38
./gc_pointers_in_regs.go:52:38:     from ... argument (slice-literal-element) at ./gc_pointers_in_regs.go:52:13
./gc_pointers_in_regs.go:52:38:   flow: {heap} = {storage for ... argument}:
./gc_pointers_in_regs.go:52:38:     from ... argument (spill) at ./gc_pointers_in_regs.go:52:13
./gc_pointers_in_regs.go:52:38:     from fmt.Println(... argument...) (call parameter) at ./gc_pointers_in_regs.go:52:13
./gc_pointers_in_regs.go:52:13: mid escapes to heap:
./gc_pointers_in_regs.go:52:13:   flow: {storage for ... argument} = &{storage for mid}:
./gc_pointers_in_regs.go:52:13:     from mid (spill) at ./gc_pointers_in_regs.go:52:13
./gc_pointers_in_regs.go:52:13:     from ... argument (slice-literal-element) at ./gc_pointers_in_regs.go:52:13
./gc_pointers_in_regs.go:52:13:   flow: {heap} = {storage for ... argument}:
./gc_pointers_in_regs.go:52:13:     from ... argument (spill) at ./gc_pointers_in_regs.go:52:13
./gc_pointers_in_regs.go:52:13:     from fmt.Println(... argument...) (call parameter) at ./gc_pointers_in_regs.go:52:13
./gc_pointers_in_regs.go:52:13: n2 escapes to heap:
./gc_pointers_in_regs.go:52:13:   flow: {storage for ... argument} = &{storage for n2}:
./gc_pointers_in_regs.go:52:13:     from n2 (spill) at ./gc_pointers_in_regs.go:52:13
./gc_pointers_in_regs.go:52:13:     from ... argument (slice-literal-element) at ./gc_pointers_in_regs.go:52:13
./gc_pointers_in_regs.go:52:13:   flow: {heap} = {storage for ... argument}:
./gc_pointers_in_regs.go:52:13:     from ... argument (spill) at ./gc_pointers_in_regs.go:52:13
./gc_pointers_in_regs.go:52:13:     from fmt.Println(... argument...) (call parameter) at ./gc_pointers_in_regs.go:52:13
./gc_pointers_in_regs.go:52:13: s2 escapes to heap:
./gc_pointers_in_regs.go:52:13:   flow: {storage for ... argument} = &{storage for s2}:
./gc_pointers_in_regs.go:52:13:     from s2 (spill) at ./gc_pointers_in_regs.go:52:13
./gc_pointers_in_regs.go:52:13:     from ... argument (slice-literal-element) at ./gc_pointers_in_regs.go:52:13
./gc_pointers_in_regs.go:52:13:   flow: {heap} = {storage for ... argument}:
./gc_pointers_in_regs.go:52:13:     from ... argument (spill) at ./gc_pointers_in_regs.go:52:13
./gc_pointers_in_regs.go:52:13:     from fmt.Println(... argument...) (call parameter) at ./gc_pointers_in_regs.go:52:13
./gc_pointers_in_regs.go:52:13: n1 escapes to heap:
./gc_pointers_in_regs.go:52:13:   flow: {storage for ... argument} = &{storage for n1}:
./gc_pointers_in_regs.go:52:13:     from n1 (spill) at ./gc_pointers_in_regs.go:52:13
./gc_pointers_in_regs.go:52:13:     from ... argument (slice-literal-element) at ./gc_pointers_in_regs.go:52:13
./gc_pointers_in_regs.go:52:13:   flow: {heap} = {storage for ... argument}:
./gc_pointers_in_regs.go:52:13:     from ... argument (spill) at ./gc_pointers_in_regs.go:52:13
./gc_pointers_in_regs.go:52:13:     from fmt.Println(... argument...) (call parameter) at ./gc_pointers_in_regs.go:52:13
./gc_pointers_in_regs.go:52:13: s1 escapes to heap:
./gc_pointers_in_regs.go:52:13:   flow: {storage for ... argument} = &{storage for s1}:
./gc_pointers_in_regs.go:52:13:     from s1 (spill) at ./gc_pointers_in_regs.go:52:13
./gc_pointers_in_regs.go:52:13:     from ... argument (slice-literal-element) at ./gc_pointers_in_regs.go:52:13
./gc_pointers_in_regs.go:52:13:   flow: {heap} = {storage for ... argument}:
./gc_pointers_in_regs.go:52:13:     from ... argument (spill) at ./gc_pointers_in_regs.go:52:13
./gc_pointers_in_regs.go:52:13:     from fmt.Println(... argument...) (call parameter) at ./gc_pointers_in_regs.go:52:13
./gc_pointers_in_regs.go:46:20: make([]int, 100000) escapes to heap
./gc_pointers_in_regs.go:48:14: make([]byte, 10, 1000) does not escape
./gc_pointers_in_regs.go:52:13: ... argument does not escape
./gc_pointers_in_regs.go:52:13: s1 escapes to heap
./gc_pointers_in_regs.go:52:13: n1 escapes to heap
./gc_pointers_in_regs.go:52:13: s2 escapes to heap
./gc_pointers_in_regs.go:52:13: n2 escapes to heap
./gc_pointers_in_regs.go:52:13: mid escapes to heap
./gc_pointers_in_regs.go:52:38: len(tail) escapes to heap
./gc_pointers_in_regs.go:52:49: cap(tail) escapes to heap
./gc_pointers_in_regs.go:53:14: make([]string, 0) does not escape
./gc_pointers_in_regs.go:66:13: ... argument does not escape
./gc_pointers_in_regs.go:66:17: len(strs) escapes to heap
./gc_pointers_in_regs.go:66:17: ok escapes to heap
./gc_pointers_in_regs.go:66:33: strs[4999] escapes to heap
