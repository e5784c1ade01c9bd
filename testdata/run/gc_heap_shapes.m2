./gc_heap_shapes.go:31:14: make([]byte, 16 + i % 3000) escapes to heap:
./gc_heap_shapes.go:31:14:   flow: {heap} = &{storage for make([]byte, 16 + i % 3000)}:
./gc_heap_shapes.go:31:14:     from make([]byte, 16 + i % 3000) (spill) at ./gc_heap_shapes.go:31:14
./gc_heap_shapes.go:31:14:     from sink = make([]byte, 16 + i % 3000) (assign) at ./gc_heap_shapes.go:31:8
./gc_heap_shapes.go:31:14: make([]byte, 16 + i % 3000) escapes to heap:
./gc_heap_shapes.go:31:14:   flow: {heap} = &{storage for make([]byte, 16 + i % 3000)}:
./gc_heap_shapes.go:31:14:     from make([]byte, 16 + i % 3000) (non-constant size) at ./gc_heap_shapes.go:31:14
./gc_heap_shapes.go:31:14: make([]byte, 16 + i % 3000) escapes to heap
./gc_heap_shapes.go:36:12: new([100000]int) escapes to heap:
./gc_heap_shapes.go:36:12:   flow: {heap} = &{storage for new([100000]int)}:
./gc_heap_shapes.go:36:12:     from new([100000]int) (too large for stack) at ./gc_heap_shapes.go:36:12
./gc_heap_shapes.go:84:54: words[1999] escapes to heap:
./gc_heap_shapes.go:84:54:   flow: {storage for ... argument} = &{storage for words[1999]}:
./gc_heap_shapes.go:84:54:     from words[1999] (spill) at ./gc_heap_shapes.go:84:54
./gc_heap_shapes.go:84:54:     from ... argument (slice-literal-element) at ./gc_heap_shapes.go:84:13
./gc_heap_shapes.go:84:54:   flow: {heap} = {storage for ... argument}:
./gc_heap_shapes.go:84:54:     from ... argument (spill) at ./gc_heap_shapes.go:84:13
./gc_heap_shapes.go:84:54:     from fmt.Println(... argument...) (call parameter) at ./gc_heap_shapes.go:84:13
./gc_heap_shapes.go:84:41: words[1234] escapes to heap:
./gc_heap_shapes.go:84:41:   flow: {storage for ... argument} = &{storage for words[1234]}:
./gc_heap_shapes.go:84:41:     from words[1234] (spill) at ./gc_heap_shapes.go:84:41
./gc_heap_shapes.go:84:41:     from ... argument (slice-literal-element) at ./gc_heap_shapes.go:84:13
./gc_heap_shapes.go:84:41:   flow: {heap} = {storage for ... argument}:
./gc_heap_shapes.go:84:41:     from ... argument (spill) at ./gc_heap_shapes.go:84:13
./gc_heap_shapes.go:84:41:     from fmt.Println(... argument...) (call parameter) at ./gc_heap_shapes.go:84:13
./gc_heap_shapes.go:84:31: words[0] escapes to heap:
./gc_heap_shapes.go:84:31:   flow: {storage for ... argument} = &{storage for words[0]}:
./gc_heap_shapes.go:84:31:     from words[0] (spill) at ./gc_heap_shapes.go:84:31
./gc_heap_shapes.go:84:31:     from ... argument (slice-literal-element) at ./gc_heap_shapes.go:84:13
./gc_heap_shapes.go:84:31:   flow: {heap} = {storage for ... argument}:
./gc_heap_shapes.go:84:31:     from ... argument (spill) at ./gc_heap_shapes.go:84:13
./gc_heap_shapes.go:84:31:     from fmt.Println(... argument...) (call parameter) at ./gc_heap_shapes.go:84:13
./gc_heap_shapes.go:84:17: len(words) escapes to heap:
./gc_heap_shapes.go:84:17:   flow: {storage for ... argument} = &{storage for len(words)}:
./gc_heap_shapes.go:84:17:     from len(words) (spill) at ./gc_heap_shapes.go:84:17
./gc_heap_shapes.go:84:17:     from ... argument (slice-literal-element) at ./gc_heap_shapes.go:84:13
./gc_heap_shapes.go:84:17:   flow: {heap} = {storage for ... argument}:
./gc_heap_shapes.go:84:17:     from ... argument (spill) at ./gc_heap_shapes.go:84:13
./gc_heap_shapes.go:84:17:     from fmt.Println(... argument...) (call parameter) at ./gc_heap_shapes.go:84:13
./gc_heap_shapes.go:83:13: ln escapes to heap:
./gc_heap_shapes.go:83:13:   flow: {storage for ... argument} = &{storage for ln}:
./gc_heap_shapes.go:83:13:     from ln (spill) at ./gc_heap_shapes.go:83:13
./gc_heap_shapes.go:83:13:     from ... argument (slice-literal-element) at ./gc_heap_shapes.go:83:13
./gc_heap_shapes.go:83:13:   flow: {heap} = {storage for ... argument}:
./gc_heap_shapes.go:83:13:     from ... argument (spill) at ./gc_heap_shapes.go:83:13
./gc_heap_shapes.go:83:13:     from fmt.Println(... argument...) (call parameter) at ./gc_heap_shapes.go:83:13
./gc_heap_shapes.go:83:13: lsum escapes to heap:
./gc_heap_shapes.go:83:13:   flow: {storage for ... argument} = &{storage for lsum}:
./gc_heap_shapes.go:83:13:     from lsum (spill) at ./gc_heap_shapes.go:83:13
./gc_heap_shapes.go:83:13:     from ... argument (slice-literal-element) at ./gc_heap_shapes.go:83:13
./gc_heap_shapes.go:83:13:   flow: {heap} = {storage for ... argument}:
./gc_heap_shapes.go:83:13:     from ... argument (spill) at ./gc_heap_shapes.go:83:13
./gc_heap_shapes.go:83:13:     from fmt.Println(... argument...) (call parameter) at ./gc_heap_shapes.go:83:13
./gc_heap_shapes.go:83:13: mn escapes to heap:
./gc_heap_shapes.go:83:13:   flow: {storage for ... argument} = &{storage for mn}:
./gc_heap_shapes.go:83:13:     from mn (spill) at ./gc_heap_shapes.go:83:13
./gc_heap_shapes.go:83:13:     from ... argument (slice-literal-element) at ./gc_heap_shapes.go:83:13
./gc_heap_shapes.go:83:13:   flow: {heap} = {storage for ... argument}:
./gc_heap_shapes.go:83:13:     from ... argument (spill) at ./gc_heap_shapes.go:83:13
./gc_heap_shapes.go:83:13:     from fmt.Println(... argument...) (call parameter) at ./gc_heap_shapes.go:83:13
./gc_heap_shapes.go:83:13: msum escapes to heap:
./gc_heap_shapes.go:83:13:   flow: {storage for ... argument} = &{storage for msum}:
./gc_heap_shapes.go:83:13:     from msum (spill) at ./gc_heap_shapes.go:83:13
./gc_heap_shapes.go:83:13:     from ... argument (slice-literal-element) at ./gc_heap_shapes.go:83:13
./gc_heap_shapes.go:83:13:   flow: {heap} = {storage for ... argument}:
./gc_heap_shapes.go:83:13:     from ... argument (spill) at ./gc_heap_shapes.go:83:13
./gc_heap_shapes.go:83:13:     from fmt.Println(... argument...) (call parameter) at ./gc_heap_shapes.go:83:13
./gc_heap_shapes.go:83:13: sum escapes to heap:
./gc_heap_shapes.go:83:13:   flow: {storage for ... argument} = &{storage for sum}:
./gc_heap_shapes.go:83:13:     from sum (spill) at ./gc_heap_shapes.go:83:13
./gc_heap_shapes.go:83:13:     from ... argument (slice-literal-element) at ./gc_heap_shapes.go:83:13
./gc_heap_shapes.go:83:13:   flow: {heap} = {storage for ... argument}:
./gc_heap_shapes.go:83:13:     from ... argument (spill) at ./gc_heap_shapes.go:83:13
./gc_heap_shapes.go:83:13:     from fmt.Println(... argument...) (call parameter) at ./gc_heap_shapes.go:83:13
./gc_heap_shapes.go:82:52: cap(tail) escapes to heap:
./gc_heap_shapes.go:82:52:   flow: {storage for ... argument} = &{storage for cap(tail)}:
./gc_heap_shapes.go:82:52:     from cap(tail) (spill) at ./gc_heap_shapes.go:82:52
./gc_heap_shapes.go:82:52:     from ... argument (slice-literal-element) at ./gc_heap_shapes.go:82:13
./gc_heap_shapes.go:82:52:   flow: {heap} = {storage for ... argument}:
./gc_heap_shapes.go:82:52:     from ... argument (spill) at ./gc_heap_shapes.go:82:13
./gc_heap_shapes.go:82:52:     from fmt.Println(... argument...) (call parameter) at ./gc_heap_shapes.go:82:13
./gc_heap_shapes.go:82:41: len(tail) escapes to heap:
./gc_heap_shapes.go:82:41:   flow: {storage for ... argument} = &{storage for len(tail)}:
./gc_heap_shapes.go:82:41:     from len(tail) (spill) at ./gc_heap_shapes.go:82:41
./gc_heap_shapes.go:82:41:     from ... argument (slice-literal-element) at ./gc_heap_shapes.go:82:13
./gc_heap_shapes.go:82:41:   flow: {heap} = {storage for ... argument}:
./gc_heap_shapes.go:82:41:     from ... argument (spill) at ./gc_heap_shapes.go:82:13
./gc_heap_shapes.go:82:41:     from fmt.Println(... argument...) (call parameter) at ./gc_heap_shapes.go:82:13
./gc_heap_shapes.go:82:33: tail[9] escapes to heap:
./gc_heap_shapes.go:82:33:   flow: {storage for ... argument} = &{storage for tail[9]}:
./gc_heap_shapes.go:82:33:     from tail[9] (spill) at ./gc_heap_shapes.go:82:33
./gc_heap_shapes.go:82:33:     from ... argument (slice-literal-element) at ./gc_heap_shapes.go:82:13
./gc_heap_shapes.go:82:33:   flow: {heap} = {storage for ... argument}:
./gc_heap_shapes.go:82:33:     from ... argument (spill) at ./gc_heap_shapes.go:82:13
./gc_heap_shapes.go:82:33:     from fmt.Println(... argument...) (call parameter) at ./gc_heap_shapes.go:82:13
./gc_heap_shapes.go:82:24: tail[0] escapes to heap:
./gc_heap_shapes.go:82:24:   flow: {storage for ... argument} = &{storage for tail[0]}:
./gc_heap_shapes.go:82:24:     from tail[0] (spill) at ./gc_heap_shapes.go:82:24
./gc_heap_shapes.go:82:24:     from ... argument (slice-literal-element) at ./gc_heap_shapes.go:82:13
./gc_heap_shapes.go:82:24:   flow: {heap} = {storage for ... argument}:
./gc_heap_shapes.go:82:24:     from ... argument (spill) at ./gc_heap_shapes.go:82:13
./gc_heap_shapes.go:82:24:     from fmt.Println(... argument...) (call parameter) at ./gc_heap_shapes.go:82:13
./gc_heap_shapes.go:82:14: *mid escapes to heap:
./gc_heap_shapes.go:82:14:   flow: {storage for ... argument} = &{storage for *mid}:
./gc_heap_shapes.go:82:14:     from *mid (spill) at ./gc_heap_shapes.go:82:14
./gc_heap_shapes.go:82:14:     from ... argument (slice-literal-element) at ./gc_heap_shapes.go:82:13
./gc_heap_shapes.go:82:14:   flow: {heap} = {storage for ... argument}:
./gc_heap_shapes.go:82:14:     from ... argument (spill) at ./gc_heap_shapes.go:82:13
./gc_heap_shapes.go:82:14:     from fmt.Println(... argument...) (call parameter) at ./gc_heap_shapes.go:82:13
./gc_heap_shapes.go:62:36: i escapes to heap:
./gc_heap_shapes.go:62:36:   flow: {storage for ... argument} = &{storage for i}:
./gc_heap_shapes.go:62:36:     from i (spill) at ./gc_heap_shapes.go:62:36
./gc_heap_shapes.go:62:36:     from ... argument (slice-literal-element) at ./gc_heap_shapes.go:62:35
./gc_heap_shapes.go:62:36:   flow: {heap} = {storage for ... argument}:
./gc_heap_shapes.go:62:36:     from ... argument (spill) at ./gc_heap_shapes.go:62:35
./gc_heap_shapes.go:62:36:     from fmt.Sprint(... argument...) (call parameter) at ./gc_heap_shapes.go:62:35
./gc_heap_shapes.go:62:36: "w" escapes to heap:
./gc_heap_shapes.go:62:36:   flow: {storage for ... argument} = &{storage for "w"}:
./gc_heap_shapes.go:62:36:     from "w" (spill) at ./gc_heap_shapes.go:62:36
./gc_heap_shapes.go:62:36:     from ... argument (slice-literal-element) at ./gc_heap_shapes.go:62:35
./gc_heap_shapes.go:62:36:   flow: {heap} = {storage for ... argument}:
./gc_heap_shapes.go:62:36:     from ... argument (spill) at ./gc_heap_shapes.go:62:35
./gc_heap_shapes.go:62:36:     from fmt.Sprint(... argument...) (call parameter) at ./gc_heap_shapes.go:62:35
./gc_heap_shapes.go:54:8: &large{...} escapes to heap:
./gc_heap_shapes.go:54:8:   flow: l = &{storage for &large{...}}:
./gc_heap_shapes.go:54:8:     from &large{...} (spill) at ./gc_heap_shapes.go:54:8
./gc_heap_shapes.go:54:8:     from l = &large{...} (assign) at ./gc_heap_shapes.go:54:6
./gc_heap_shapes.go:54:8:   flow: p = l:
./gc_heap_shapes.go:54:8:     from p := l (assign) at ./gc_heap_shapes.go:78:8
./gc_heap_shapes.go:50:8: &medium{...} escapes to heap:
./gc_heap_shapes.go:50:8:   flow: m = &{storage for &medium{...}}:
./gc_heap_shapes.go:50:8:     from &medium{...} (spill) at ./gc_heap_shapes.go:50:8
./gc_heap_shapes.go:50:8:     from m = &medium{...} (assign) at ./gc_heap_shapes.go:50:6
./gc_heap_shapes.go:50:8:   flow: p = m:
./gc_heap_shapes.go:50:8:     from p := m (assign) at ./gc_heap_shapes.go:73:8
./gc_heap_shapes.go:48:7: &small{...} escapes to heap:
./gc_heap_shapes.go:48:7:   flow: s = &{storage for &small{...}}:
./gc_heap_shapes.go:48:7:     from &small{...} (spill) at ./gc_heap_shapes.go:48:7
./gc_heap_shapes.go:48:7:     from s = &small{...} (assign) at ./gc_heap_shapes.go:48:5
./gc_heap_shapes.go:48:7:   flow: p = s:
./gc_heap_shapes.go:48:7:     from p := s (assign) at ./gc_heap_shapes.go:69:8
./gc_heap_shapes.go:36:12: new([100000]int) escapes to heap
./gc_heap_shapes.go:48:7: &small{...} escapes to heap
./gc_heap_shapes.go:50:8: &medium{...} escapes to heap
./gc_heap_shapes.go:54:8: &large{...} escapes to heap
./gc_heap_shapes.go:60:15: make([]string, 0) does not escape
./gc_heap_shapes.go:62:35: ... argument does not escape
./gc_heap_shapes.go:62:36: "w" escapes to heap
./gc_heap_shapes.go:62:36: i escapes to heap
./gc_heap_shapes.go:82:13: ... argument does not escape
./gc_heap_shapes.go:82:14: *mid escapes to heap
./gc_heap_shapes.go:82:24: tail[0] escapes to heap
./gc_heap_shapes.go:82:33: tail[9] escapes to heap
./gc_heap_shapes.go:82:41: len(tail) escapes to heap
./gc_heap_shapes.go:82:52: cap(tail) escapes to heap
./gc_heap_shapes.go:83:13: ... argument does not escape
./gc_heap_shapes.go:83:13: sum escapes to heap
./gc_heap_shapes.go:83:13: msum escapes to heap
./gc_heap_shapes.go:83:13: mn escapes to heap
./gc_heap_shapes.go:83:13: lsum escapes to heap
./gc_heap_shapes.go:83:13: ln escapes to heap
./gc_heap_shapes.go:84:13: ... argument does not escape
./gc_heap_shapes.go:84:17: len(words) escapes to heap
./gc_heap_shapes.go:84:31: words[0] escapes to heap
./gc_heap_shapes.go:84:41: words[1234] escapes to heap
./gc_heap_shapes.go:84:54: words[1999] escapes to heap
