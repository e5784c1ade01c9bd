./gc_pointers_in_regs.go:14:12: make([]int64, 64) does not escape
./gc_pointers_in_regs.go:24:10: &Cell{...} escapes to heap
./gc_pointers_in_regs.go:24:43: "c" + string(rune('0' + i % 10)) escapes to heap
./gc_pointers_in_regs.go:24:51: string(rune('0' + i % 10)) does not escape
./gc_pointers_in_regs.go:32:10: c does not escape
./gc_pointers_in_regs.go:41:13: leaking param: s to result ~r0 level=0
./gc_pointers_in_regs.go:72:30: string(rune('0' + i % 10)) + s escapes to heap
./gc_pointers_in_regs.go:72:13: string(rune('0' + i % 10)) does not escape
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
