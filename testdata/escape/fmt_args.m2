./fmt_args.go:12:26: true escapes to heap:
./fmt_args.go:12:26:   flow: {storage for ... argument} = &{storage for true}:
./fmt_args.go:12:26:     from true (spill) at ./fmt_args.go:12:26
./fmt_args.go:12:26:     from ... argument (slice-literal-element) at ./fmt_args.go:12:13
./fmt_args.go:12:26:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:12:26:     from ... argument (spill) at ./fmt_args.go:12:13
./fmt_args.go:12:26:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:12:13
./fmt_args.go:12:17: "hello" escapes to heap:
./fmt_args.go:12:17:   flow: {storage for ... argument} = &{storage for "hello"}:
./fmt_args.go:12:17:     from "hello" (spill) at ./fmt_args.go:12:17
./fmt_args.go:12:17:     from ... argument (slice-literal-element) at ./fmt_args.go:12:13
./fmt_args.go:12:17:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:12:17:     from ... argument (spill) at ./fmt_args.go:12:13
./fmt_args.go:12:17:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:12:13
./fmt_args.go:12:14: 1 escapes to heap:
./fmt_args.go:12:14:   flow: {storage for ... argument} = &{storage for 1}:
./fmt_args.go:12:14:     from 1 (spill) at ./fmt_args.go:12:14
./fmt_args.go:12:14:     from ... argument (slice-literal-element) at ./fmt_args.go:12:13
./fmt_args.go:12:14:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:12:14:     from ... argument (spill) at ./fmt_args.go:12:13
./fmt_args.go:12:14:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:12:13
./fmt_args.go:12:13: ... argument does not escape
./fmt_args.go:12:14: 1 escapes to heap
./fmt_args.go:12:17: "hello" escapes to heap
./fmt_args.go:12:26: true escapes to heap
./fmt_args.go:16:13: b escapes to heap:
./fmt_args.go:16:13:   flow: {storage for ... argument} = &{storage for b}:
./fmt_args.go:16:13:     from b (spill) at ./fmt_args.go:16:13
./fmt_args.go:16:13:     from ... argument (slice-literal-element) at ./fmt_args.go:16:13
./fmt_args.go:16:13:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:16:13:     from ... argument (spill) at ./fmt_args.go:16:13
./fmt_args.go:16:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:16:13
./fmt_args.go:16:13: s escapes to heap:
./fmt_args.go:16:13:   flow: {storage for ... argument} = &{storage for s}:
./fmt_args.go:16:13:     from s (spill) at ./fmt_args.go:16:13
./fmt_args.go:16:13:     from ... argument (slice-literal-element) at ./fmt_args.go:16:13
./fmt_args.go:16:13:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:16:13:     from ... argument (spill) at ./fmt_args.go:16:13
./fmt_args.go:16:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:16:13
./fmt_args.go:16:13: a escapes to heap:
./fmt_args.go:16:13:   flow: {storage for ... argument} = &{storage for a}:
./fmt_args.go:16:13:     from a (spill) at ./fmt_args.go:16:13
./fmt_args.go:16:13:     from ... argument (slice-literal-element) at ./fmt_args.go:16:13
./fmt_args.go:16:13:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:16:13:     from ... argument (spill) at ./fmt_args.go:16:13
./fmt_args.go:16:13:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:16:13
./fmt_args.go:15:20: parameter s leaks to {storage for s} with derefs=0:
./fmt_args.go:15:20:   flow: {storage for s} = s:
./fmt_args.go:15:20:     from s (interface-converted) at ./fmt_args.go:16:13
./fmt_args.go:15:20: leaking param: s
./fmt_args.go:16:13: ... argument does not escape
./fmt_args.go:16:13: a escapes to heap
./fmt_args.go:16:13: s escapes to heap
./fmt_args.go:16:13: b escapes to heap
./fmt_args.go:20:20: p escapes to heap:
./fmt_args.go:20:20:   flow: {storage for ... argument} = &{storage for p}:
./fmt_args.go:20:20:     from p (spill) at ./fmt_args.go:20:20
./fmt_args.go:20:20:     from ... argument (slice-literal-element) at ./fmt_args.go:20:13
./fmt_args.go:20:20:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:20:20:     from ... argument (spill) at ./fmt_args.go:20:13
./fmt_args.go:20:20:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:20:13
./fmt_args.go:20:20: q.Y escapes to heap:
./fmt_args.go:20:20:   flow: {storage for ... argument} = &{storage for q.Y}:
./fmt_args.go:20:20:     from q.Y (spill) at ./fmt_args.go:20:20
./fmt_args.go:20:20:     from ... argument (slice-literal-element) at ./fmt_args.go:20:13
./fmt_args.go:20:20:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:20:20:     from ... argument (spill) at ./fmt_args.go:20:13
./fmt_args.go:20:20:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:20:13
./fmt_args.go:20:15: p.X escapes to heap:
./fmt_args.go:20:15:   flow: {storage for ... argument} = &{storage for p.X}:
./fmt_args.go:20:15:     from p.X (spill) at ./fmt_args.go:20:15
./fmt_args.go:20:15:     from ... argument (slice-literal-element) at ./fmt_args.go:20:13
./fmt_args.go:20:15:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:20:15:     from ... argument (spill) at ./fmt_args.go:20:13
./fmt_args.go:20:15:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:20:13
./fmt_args.go:19:22: q does not escape
./fmt_args.go:20:13: ... argument does not escape
./fmt_args.go:20:15: p.X escapes to heap
./fmt_args.go:20:20: q.Y escapes to heap
./fmt_args.go:20:20: p escapes to heap
./fmt_args.go:24:18: *q escapes to heap:
./fmt_args.go:24:18:   flow: {storage for ... argument} = &{storage for *q}:
./fmt_args.go:24:18:     from *q (spill) at ./fmt_args.go:24:18
./fmt_args.go:24:18:     from ... argument (slice-literal-element) at ./fmt_args.go:24:13
./fmt_args.go:24:18:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:24:18:     from ... argument (spill) at ./fmt_args.go:24:13
./fmt_args.go:24:18:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:24:13
./fmt_args.go:24:14: *p escapes to heap:
./fmt_args.go:24:14:   flow: {storage for ... argument} = &{storage for *p}:
./fmt_args.go:24:14:     from *p (spill) at ./fmt_args.go:24:14
./fmt_args.go:24:14:     from ... argument (slice-literal-element) at ./fmt_args.go:24:13
./fmt_args.go:24:14:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:24:14:     from ... argument (spill) at ./fmt_args.go:24:13
./fmt_args.go:24:14:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:24:13
./fmt_args.go:23:13: p does not escape
./fmt_args.go:23:21: q does not escape
./fmt_args.go:24:13: ... argument does not escape
./fmt_args.go:24:14: *p escapes to heap
./fmt_args.go:24:18: *q escapes to heap
./fmt_args.go:28:27: s[1:2] escapes to heap:
./fmt_args.go:28:27:   flow: {storage for ... argument} = &{storage for s[1:2]}:
./fmt_args.go:28:27:     from s[1:2] (spill) at ./fmt_args.go:28:27
./fmt_args.go:28:27:     from ... argument (slice-literal-element) at ./fmt_args.go:28:13
./fmt_args.go:28:27:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:28:27:     from ... argument (spill) at ./fmt_args.go:28:13
./fmt_args.go:28:27:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:28:13
./fmt_args.go:28:21: a[1] escapes to heap:
./fmt_args.go:28:21:   flow: {storage for ... argument} = &{storage for a[1]}:
./fmt_args.go:28:21:     from a[1] (spill) at ./fmt_args.go:28:21
./fmt_args.go:28:21:     from ... argument (slice-literal-element) at ./fmt_args.go:28:13
./fmt_args.go:28:21:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:28:21:     from ... argument (spill) at ./fmt_args.go:28:13
./fmt_args.go:28:21:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:28:13
./fmt_args.go:28:15: s[i] escapes to heap:
./fmt_args.go:28:15:   flow: {storage for ... argument} = &{storage for s[i]}:
./fmt_args.go:28:15:     from s[i] (spill) at ./fmt_args.go:28:15
./fmt_args.go:28:15:     from ... argument (slice-literal-element) at ./fmt_args.go:28:13
./fmt_args.go:28:15:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:28:15:     from ... argument (spill) at ./fmt_args.go:28:13
./fmt_args.go:28:15:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:28:13
./fmt_args.go:27:14: parameter s leaks to {storage for s[1:2]} with derefs=0:
./fmt_args.go:27:14:   flow: {storage for s[1:2]} = s:
./fmt_args.go:27:14:     from s[1:2] (slice) at ./fmt_args.go:28:27
./fmt_args.go:27:14:     from s[1:2] (interface-converted) at ./fmt_args.go:28:27
./fmt_args.go:27:23: parameter a leaks to {storage for a[1]} with derefs=0:
./fmt_args.go:27:23:   flow: {storage for a[1]} = a:
./fmt_args.go:27:23:     from a[1] (fixed-array-index-of) at ./fmt_args.go:28:21
./fmt_args.go:27:23:     from a[1] (interface-converted) at ./fmt_args.go:28:21
./fmt_args.go:27:14: leaking param: s
./fmt_args.go:27:23: leaking param: a
./fmt_args.go:28:13: ... argument does not escape
./fmt_args.go:28:15: s[i] escapes to heap
./fmt_args.go:28:21: a[1] escapes to heap
./fmt_args.go:28:27: s[1:2] escapes to heap
./fmt_args.go:36:41: twice(twice(x)) escapes to heap:
./fmt_args.go:36:41:   flow: {storage for ... argument} = &{storage for twice(twice(x))}:
./fmt_args.go:36:41:     from twice(twice(x)) (spill) at ./fmt_args.go:36:41
./fmt_args.go:36:41:     from ... argument (slice-literal-element) at ./fmt_args.go:36:13
./fmt_args.go:36:41:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:36:41:     from ... argument (spill) at ./fmt_args.go:36:13
./fmt_args.go:36:41:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:36:13
./fmt_args.go:36:27: len("abc") escapes to heap:
./fmt_args.go:36:27:   flow: {storage for ... argument} = &{storage for len("abc")}:
./fmt_args.go:36:27:     from len("abc") (spill) at ./fmt_args.go:36:27
./fmt_args.go:36:27:     from ... argument (slice-literal-element) at ./fmt_args.go:36:13
./fmt_args.go:36:27:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:36:27:     from ... argument (spill) at ./fmt_args.go:36:13
./fmt_args.go:36:27:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:36:13
./fmt_args.go:36:19: twice(x) escapes to heap:
./fmt_args.go:36:19:   flow: {storage for ... argument} = &{storage for twice(x)}:
./fmt_args.go:36:19:     from twice(x) (spill) at ./fmt_args.go:36:19
./fmt_args.go:36:19:     from ... argument (slice-literal-element) at ./fmt_args.go:36:13
./fmt_args.go:36:19:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:36:19:     from ... argument (spill) at ./fmt_args.go:36:13
./fmt_args.go:36:19:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:36:13
./fmt_args.go:36:13: ... argument does not escape
./fmt_args.go:36:19: twice(x) escapes to heap
./fmt_args.go:36:27: len("abc") escapes to heap
./fmt_args.go:36:41: twice(twice(x)) escapes to heap
./fmt_args.go:40:64: c % 7 != 0 && c > 1 escapes to heap:
./fmt_args.go:40:64:   flow: {storage for ... argument} = &{storage for c % 7 != 0 && c > 1}:
./fmt_args.go:40:64:     from c % 7 != 0 && c > 1 (spill) at ./fmt_args.go:40:64
./fmt_args.go:40:64:     from ... argument (slice-literal-element) at ./fmt_args.go:40:13
./fmt_args.go:40:64:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:40:64:     from ... argument (spill) at ./fmt_args.go:40:13
./fmt_args.go:40:64:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:40:13
./fmt_args.go:40:51: -c escapes to heap:
./fmt_args.go:40:51:   flow: {storage for ... argument} = &{storage for -c}:
./fmt_args.go:40:51:     from -c (spill) at ./fmt_args.go:40:51
./fmt_args.go:40:51:     from ... argument (slice-literal-element) at ./fmt_args.go:40:13
./fmt_args.go:40:51:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:40:51:     from ... argument (spill) at ./fmt_args.go:40:13
./fmt_args.go:40:51:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:40:13
./fmt_args.go:40:45: c == 3 escapes to heap:
./fmt_args.go:40:45:   flow: {storage for ... argument} = &{storage for c == 3}:
./fmt_args.go:40:45:     from c == 3 (spill) at ./fmt_args.go:40:45
./fmt_args.go:40:45:     from ... argument (slice-literal-element) at ./fmt_args.go:40:13
./fmt_args.go:40:45:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:40:45:     from ... argument (spill) at ./fmt_args.go:40:13
./fmt_args.go:40:45:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:40:13
./fmt_args.go:40:37: s + "!" escapes to heap:
./fmt_args.go:40:37:   flow: {storage for ... argument} = &{storage for s + "!"}:
./fmt_args.go:40:37:     from s + "!" (spill) at ./fmt_args.go:40:37
./fmt_args.go:40:37:     from ... argument (slice-literal-element) at ./fmt_args.go:40:13
./fmt_args.go:40:37:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:40:37:     from ... argument (spill) at ./fmt_args.go:40:13
./fmt_args.go:40:37:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:40:13
./fmt_args.go:40:30: c - c * 2 escapes to heap:
./fmt_args.go:40:30:   flow: {storage for ... argument} = &{storage for c - c * 2}:
./fmt_args.go:40:30:     from c - c * 2 (spill) at ./fmt_args.go:40:30
./fmt_args.go:40:30:     from ... argument (slice-literal-element) at ./fmt_args.go:40:13
./fmt_args.go:40:30:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:40:30:     from ... argument (spill) at ./fmt_args.go:40:13
./fmt_args.go:40:30:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:40:13
./fmt_args.go:40:25: c + 1 escapes to heap:
./fmt_args.go:40:25:   flow: {storage for ... argument} = &{storage for c + 1}:
./fmt_args.go:40:25:     from c + 1 (spill) at ./fmt_args.go:40:25
./fmt_args.go:40:25:     from ... argument (slice-literal-element) at ./fmt_args.go:40:13
./fmt_args.go:40:25:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:40:25:     from ... argument (spill) at ./fmt_args.go:40:13
./fmt_args.go:40:25:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:40:13
./fmt_args.go:40:19: c * 9 / 5 + 32 escapes to heap:
./fmt_args.go:40:19:   flow: {storage for ... argument} = &{storage for c * 9 / 5 + 32}:
./fmt_args.go:40:19:     from c * 9 / 5 + 32 (spill) at ./fmt_args.go:40:19
./fmt_args.go:40:19:     from ... argument (slice-literal-element) at ./fmt_args.go:40:13
./fmt_args.go:40:19:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:40:19:     from ... argument (spill) at ./fmt_args.go:40:13
./fmt_args.go:40:19:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:40:13
./fmt_args.go:40:37: s + "!" escapes to heap:
./fmt_args.go:40:37:   flow: {storage for s + "!"} = &{storage for s + "!"}:
./fmt_args.go:40:37:     from s + "!" (spill) at ./fmt_args.go:40:37
./fmt_args.go:40:37:     from s + "!" (interface-converted) at ./fmt_args.go:40:37
./fmt_args.go:39:20: s does not escape
./fmt_args.go:40:13: ... argument does not escape
./fmt_args.go:40:19: c * 9 / 5 + 32 escapes to heap
./fmt_args.go:40:25: c + 1 escapes to heap
./fmt_args.go:40:30: c - c * 2 escapes to heap
./fmt_args.go:40:37: s + "!" escapes to heap
./fmt_args.go:40:37: s + "!" escapes to heap
./fmt_args.go:40:45: c == 3 escapes to heap
./fmt_args.go:40:51: -c escapes to heap
./fmt_args.go:40:64: c % 7 != 0 && c > 1 escapes to heap
./fmt_args.go:44:17: &Point{...} escapes to heap:
./fmt_args.go:44:17:   flow: {storage for ... argument} = &{storage for &Point{...}}:
./fmt_args.go:44:17:     from &Point{...} (spill) at ./fmt_args.go:44:17
./fmt_args.go:44:17:     from &Point{...} (interface-converted) at ./fmt_args.go:44:17
./fmt_args.go:44:17:     from ... argument (slice-literal-element) at ./fmt_args.go:44:13
./fmt_args.go:44:17:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:44:17:     from ... argument (spill) at ./fmt_args.go:44:13
./fmt_args.go:44:17:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:44:13
./fmt_args.go:43:15: parameter p leaks to {heap} with derefs=0:
./fmt_args.go:43:15:   flow: {storage for ... argument} = p:
./fmt_args.go:43:15:     from p (interface-converted) at ./fmt_args.go:44:13
./fmt_args.go:43:15:     from ... argument (slice-literal-element) at ./fmt_args.go:44:13
./fmt_args.go:43:15:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:43:15:     from ... argument (spill) at ./fmt_args.go:44:13
./fmt_args.go:43:15:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:44:13
./fmt_args.go:43:15: leaking param: p
./fmt_args.go:44:13: ... argument does not escape
./fmt_args.go:44:17: &Point{...} escapes to heap
./fmt_args.go:48:44: int64(x) << 2 escapes to heap:
./fmt_args.go:48:44:   flow: {storage for ... argument} = &{storage for int64(x) << 2}:
./fmt_args.go:48:44:     from int64(x) << 2 (spill) at ./fmt_args.go:48:44
./fmt_args.go:48:44:     from ... argument (slice-literal-element) at ./fmt_args.go:48:13
./fmt_args.go:48:44:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:48:44:     from ... argument (spill) at ./fmt_args.go:48:13
./fmt_args.go:48:44:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:48:13
./fmt_args.go:48:29: uint8(x + 1) escapes to heap:
./fmt_args.go:48:29:   flow: {storage for ... argument} = &{storage for uint8(x + 1)}:
./fmt_args.go:48:29:     from uint8(x + 1) (spill) at ./fmt_args.go:48:29
./fmt_args.go:48:29:     from ... argument (slice-literal-element) at ./fmt_args.go:48:13
./fmt_args.go:48:29:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:48:29:     from ... argument (spill) at ./fmt_args.go:48:13
./fmt_args.go:48:29:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:48:13
./fmt_args.go:48:19: int32(x) escapes to heap:
./fmt_args.go:48:19:   flow: {storage for ... argument} = &{storage for int32(x)}:
./fmt_args.go:48:19:     from int32(x) (spill) at ./fmt_args.go:48:19
./fmt_args.go:48:19:     from ... argument (slice-literal-element) at ./fmt_args.go:48:13
./fmt_args.go:48:19:   flow: {heap} = {storage for ... argument}:
./fmt_args.go:48:19:     from ... argument (spill) at ./fmt_args.go:48:13
./fmt_args.go:48:19:     from fmt.Println(... argument...) (call parameter) at ./fmt_args.go:48:13
./fmt_args.go:48:13: ... argument does not escape
./fmt_args.go:48:19: int32(x) escapes to heap
./fmt_args.go:48:29: uint8(x + 1) escapes to heap
./fmt_args.go:48:44: int64(x) << 2 escapes to heap
./fmt_args.go:57:15: []int{...} escapes to heap:
./fmt_args.go:57:15:   flow: {heap} = &{storage for []int{...}}:
./fmt_args.go:57:15:     from []int{...} (spill) at ./fmt_args.go:57:15
./fmt_args.go:57:15:     from indexes([]int{...}, [3]string{...}, 1) (call parameter) at ./fmt_args.go:57:9
./fmt_args.go:60:11: &Point{...} escapes to heap:
./fmt_args.go:60:11:   flow: {heap} = &{storage for &Point{...}}:
./fmt_args.go:60:11:     from &Point{...} (spill) at ./fmt_args.go:60:11
./fmt_args.go:60:11:     from pointers(&Point{...}) (call parameter) at ./fmt_args.go:60:10
./fmt_args.go:55:22: &Point{...} does not escape
./fmt_args.go:56:13: &Point{...} does not escape
./fmt_args.go:57:15: []int{...} escapes to heap
./fmt_args.go:60:11: &Point{...} escapes to heap
