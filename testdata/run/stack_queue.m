./stack_queue.go:9:11: leaking param content: s
./stack_queue.go:16:9: pop ignoring self-assignment in s.data = s.data[:len(s.data) - 1]
./stack_queue.go:11:10: s does not escape
./stack_queue.go:25:14: q does not escape
./stack_queue.go:25:24: leaking param: s
./stack_queue.go:34:14: leaking param: q to result ~r0 level=1
./stack_queue.go:45:11: tokens does not escape
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
