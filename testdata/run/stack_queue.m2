./stack_queue.go:9:11: parameter s leaks to {heap} with derefs=1:
./stack_queue.go:9:11:   flow: {heap} = *s:
./stack_queue.go:9:11:     from s.data (dot of pointer) at ./stack_queue.go:9:47
./stack_queue.go:9:11:     from append(s.data, v) (call parameter) at ./stack_queue.go:9:45
./stack_queue.go:9:11:     from s.data = append(s.data, v) (assign) at ./stack_queue.go:9:37
./stack_queue.go:9:11: leaking param content: s
./stack_queue.go:16:9: pop ignoring self-assignment in s.data = s.data[:len(s.data) - 1]
./stack_queue.go:11:10: s does not escape
./stack_queue.go:25:24: parameter s leaks to {heap} with derefs=0:
./stack_queue.go:25:24:   flow: {heap} = s:
./stack_queue.go:25:24:     from q.buf[(q.head + q.size) % len(q.buf)] = s (assign) at ./stack_queue.go:29:36
./stack_queue.go:25:14: q does not escape
./stack_queue.go:25:24: leaking param: s
./stack_queue.go:34:14: parameter q leaks to ~r0 with derefs=1:
./stack_queue.go:34:14:   flow: s = *q:
./stack_queue.go:34:14:     from q.buf (dot of pointer) at ./stack_queue.go:38:8
./stack_queue.go:34:14:     from q.buf[q.head] (fixed-array-index-of) at ./stack_queue.go:38:12
./stack_queue.go:34:14:     from s := q.buf[q.head] (assign) at ./stack_queue.go:38:4
./stack_queue.go:34:14:   flow: ~r0 = s:
./stack_queue.go:34:14:     from return s, true (return) at ./stack_queue.go:42:2
./stack_queue.go:34:14: leaking param: q to result ~r0 level=1
./stack_queue.go:45:11: tokens does not escape
./stack_queue.go:86:31: string(rune('a' + i)) escapes to heap:
./stack_queue.go:86:31:   flow: {heap} = &{storage for string(rune('a' + i))}:
./stack_queue.go:86:31:     from string(rune('a' + i)) (spill) at ./stack_queue.go:86:31
./stack_queue.go:86:31:     from enqueue(&q, string(rune('a' + i))) (call parameter) at ./stack_queue.go:86:20
./stack_queue.go:96:18: eval([]string{...}) escapes to heap:
./stack_queue.go:96:18:   flow: {storage for ... argument} = &{storage for eval([]string{...})}:
./stack_queue.go:96:18:     from eval([]string{...}) (spill) at ./stack_queue.go:96:18
./stack_queue.go:96:18:     from ... argument (slice-literal-element) at ./stack_queue.go:96:13
./stack_queue.go:96:18:   flow: {heap} = {storage for ... argument}:
./stack_queue.go:96:18:     from ... argument (spill) at ./stack_queue.go:96:13
./stack_queue.go:96:18:     from fmt.Println(... argument...) (call parameter) at ./stack_queue.go:96:13
./stack_queue.go:95:30: q.size escapes to heap:
./stack_queue.go:95:30:   flow: {storage for ... argument} = &{storage for q.size}:
./stack_queue.go:95:30:     from q.size (spill) at ./stack_queue.go:95:30
./stack_queue.go:95:30:     from ... argument (slice-literal-element) at ./stack_queue.go:95:13
./stack_queue.go:95:30:   flow: {heap} = {storage for ... argument}:
./stack_queue.go:95:30:     from ... argument (spill) at ./stack_queue.go:95:13
./stack_queue.go:95:30:     from fmt.Println(... argument...) (call parameter) at ./stack_queue.go:95:13
./stack_queue.go:95:22: q.head escapes to heap:
./stack_queue.go:95:22:   flow: {storage for ... argument} = &{storage for q.head}:
./stack_queue.go:95:22:     from q.head (spill) at ./stack_queue.go:95:22
./stack_queue.go:95:22:     from ... argument (slice-literal-element) at ./stack_queue.go:95:13
./stack_queue.go:95:22:   flow: {heap} = {storage for ... argument}:
./stack_queue.go:95:22:     from ... argument (spill) at ./stack_queue.go:95:13
./stack_queue.go:95:22:     from fmt.Println(... argument...) (call parameter) at ./stack_queue.go:95:13
./stack_queue.go:95:15: q.buf escapes to heap:
./stack_queue.go:95:15:   flow: {storage for ... argument} = &{storage for q.buf}:
./stack_queue.go:95:15:     from q.buf (spill) at ./stack_queue.go:95:15
./stack_queue.go:95:15:     from ... argument (slice-literal-element) at ./stack_queue.go:95:13
./stack_queue.go:95:15:   flow: {heap} = {storage for ... argument}:
./stack_queue.go:95:15:     from ... argument (spill) at ./stack_queue.go:95:13
./stack_queue.go:95:15:     from fmt.Println(... argument...) (call parameter) at ./stack_queue.go:95:13
./stack_queue.go:91:12: v escapes to heap:
./stack_queue.go:91:12:   flow: {storage for ... argument} = &{storage for v}:
./stack_queue.go:91:12:     from v (spill) at ./stack_queue.go:91:12
./stack_queue.go:91:12:     from ... argument (slice-literal-element) at ./stack_queue.go:91:12
./stack_queue.go:91:12:   flow: {heap} = {storage for ... argument}:
./stack_queue.go:91:12:     from ... argument (spill) at ./stack_queue.go:91:12
./stack_queue.go:91:12:     from fmt.Print(... argument...) (call parameter) at ./stack_queue.go:91:12
./stack_queue.go:86:47: " " escapes to heap:
./stack_queue.go:86:47:   flow: {storage for ... argument} = &{storage for " "}:
./stack_queue.go:86:47:     from " " (spill) at ./stack_queue.go:86:47
./stack_queue.go:86:47:     from ... argument (slice-literal-element) at ./stack_queue.go:86:12
./stack_queue.go:86:47:   flow: {heap} = {storage for ... argument}:
./stack_queue.go:86:47:     from ... argument (spill) at ./stack_queue.go:86:12
./stack_queue.go:86:47:     from fmt.Print(... argument...) (call parameter) at ./stack_queue.go:86:12
./stack_queue.go:86:20: enqueue(&q, string(rune('a' + i))) escapes to heap:
./stack_queue.go:86:20:   flow: {storage for ... argument} = &{storage for enqueue(&q, string(rune('a' + i)))}:
./stack_queue.go:86:20:     from enqueue(&q, string(rune('a' + i))) (spill) at ./stack_queue.go:86:20
./stack_queue.go:86:20:     from ... argument (slice-literal-element) at ./stack_queue.go:86:12
./stack_queue.go:86:20:   flow: {heap} = {storage for ... argument}:
./stack_queue.go:86:20:     from ... argument (spill) at ./stack_queue.go:86:12
./stack_queue.go:86:20:     from fmt.Print(... argument...) (call parameter) at ./stack_queue.go:86:12
./stack_queue.go:83:30: cap(s.data) escapes to heap:
./stack_queue.go:83:30:   flow: {storage for ... argument} = &{storage for cap(s.data)}:
./stack_queue.go:83:30:     from cap(s.data) (spill) at ./stack_queue.go:83:30
./stack_queue.go:83:30:     from ... argument (slice-literal-element) at ./stack_queue.go:83:13
./stack_queue.go:83:30:   flow: {heap} = {storage for ... argument}:
./stack_queue.go:83:30:     from ... argument (spill) at ./stack_queue.go:83:13
./stack_queue.go:83:30:     from fmt.Println(... argument...) (call parameter) at ./stack_queue.go:83:13
./stack_queue.go:83:17: len(s.data) escapes to heap:
./stack_queue.go:83:17:   flow: {storage for ... argument} = &{storage for len(s.data)}:
./stack_queue.go:83:17:     from len(s.data) (spill) at ./stack_queue.go:83:17
./stack_queue.go:83:17:     from ... argument (slice-literal-element) at ./stack_queue.go:83:13
./stack_queue.go:83:17:   flow: {heap} = {storage for ... argument}:
./stack_queue.go:83:17:     from ... argument (spill) at ./stack_queue.go:83:13
./stack_queue.go:83:17:     from fmt.Println(... argument...) (call parameter) at ./stack_queue.go:83:13
./stack_queue.go:81:16: " " escapes to heap:
./stack_queue.go:81:16:   flow: {storage for ... argument} = &{storage for " "}:
./stack_queue.go:81:16:     from " " (spill) at ./stack_queue.go:81:16
./stack_queue.go:81:16:     from ... argument (slice-literal-element) at ./stack_queue.go:81:12
./stack_queue.go:81:16:   flow: {heap} = {storage for ... argument}:
./stack_queue.go:81:16:     from ... argument (spill) at ./stack_queue.go:81:12
./stack_queue.go:81:16:     from fmt.Print(... argument...) (call parameter) at ./stack_queue.go:81:12
./stack_queue.go:81:12: v escapes to heap:
./stack_queue.go:81:12:   flow: {storage for ... argument} = &{storage for v}:
./stack_queue.go:81:12:     from v (spill) at ./stack_queue.go:81:12
./stack_queue.go:81:12:     from ... argument (slice-literal-element) at ./stack_queue.go:81:12
./stack_queue.go:81:12:   flow: {heap} = {storage for ... argument}:
./stack_queue.go:81:12:     from ... argument (spill) at ./stack_queue.go:81:12
./stack_queue.go:81:12:     from fmt.Print(... argument...) (call parameter) at ./stack_queue.go:81:12
./stack_queue.go:81:12: ... argument does not escape
./stack_queue.go:81:12: v escapes to heap
./stack_queue.go:81:16: " " escapes to heap
./stack_queue.go:83:13: ... argument does not escape
./stack_queue.go:83:17: len(s.data) escapes to heap
./stack_queue.go:83:30: cap(s.data) escapes to heap
./stack_queue.go:86:12: ... argument does not escape
./stack_queue.go:86:20: enqueue(&q, string(rune('a' + i))) escapes to heap
./stack_queue.go:86:31: string(rune('a' + i)) escapes to heap
./stack_queue.go:86:47: " " escapes to heap
./stack_queue.go:91:12: ... argument does not escape
./stack_queue.go:91:12: v escapes to heap
./stack_queue.go:95:13: ... argument does not escape
./stack_queue.go:95:15: q.buf escapes to heap
./stack_queue.go:95:22: q.head escapes to heap
./stack_queue.go:95:30: q.size escapes to heap
./stack_queue.go:96:13: ... argument does not escape
./stack_queue.go:96:18: eval([]string{...}) escapes to heap
./stack_queue.go:96:27: []string{...} does not escape
