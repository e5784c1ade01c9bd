./conv_loops.go:15:27: ([]byte)(w + "!") escapes to heap:
./conv_loops.go:15:27:   flow: {heap} = &{storage for ([]byte)(w + "!")}:
./conv_loops.go:15:27:     from ([]byte)(w + "!") (spill) at ./conv_loops.go:15:27
./conv_loops.go:15:27:     from append(all, ([]byte)(w + "!")) (call parameter) at ./conv_loops.go:15:15
./conv_loops.go:23:29: ([]rune)(words[i]) escapes to heap:
./conv_loops.go:23:29:   flow: {heap} = &{storage for ([]rune)(words[i])}:
./conv_loops.go:23:29:     from ([]rune)(words[i]) (spill) at ./conv_loops.go:23:29
./conv_loops.go:23:29:     from append(keep, ([]rune)(words[i])) (call parameter) at ./conv_loops.go:23:16
./conv_loops.go:32:47: cap([]rune{...}) escapes to heap:
./conv_loops.go:32:47:   flow: {storage for ... argument} = &{storage for cap([]rune{...})}:
./conv_loops.go:32:47:     from cap([]rune{...}) (spill) at ./conv_loops.go:32:47
./conv_loops.go:32:47:     from ... argument (slice-literal-element) at ./conv_loops.go:32:13
./conv_loops.go:32:47:   flow: {heap} = {storage for ... argument}:
./conv_loops.go:32:47:     from ... argument (spill) at ./conv_loops.go:32:13
./conv_loops.go:32:47:     from fmt.Println(... argument...) (call parameter) at ./conv_loops.go:32:13
./conv_loops.go:32:39: cap(x) escapes to heap:
./conv_loops.go:32:39:   flow: {storage for ... argument} = &{storage for cap(x)}:
./conv_loops.go:32:39:     from cap(x) (spill) at ./conv_loops.go:32:39
./conv_loops.go:32:39:     from ... argument (slice-literal-element) at ./conv_loops.go:32:13
./conv_loops.go:32:39:   flow: {heap} = {storage for ... argument}:
./conv_loops.go:32:39:     from ... argument (spill) at ./conv_loops.go:32:13
./conv_loops.go:32:39:     from fmt.Println(... argument...) (call parameter) at ./conv_loops.go:32:13
./conv_loops.go:32:31: string(y) escapes to heap:
./conv_loops.go:32:31:   flow: {storage for ... argument} = &{storage for string(y)}:
./conv_loops.go:32:31:     from string(y) (spill) at ./conv_loops.go:32:31
./conv_loops.go:32:31:     from ... argument (slice-literal-element) at ./conv_loops.go:32:13
./conv_loops.go:32:31:   flow: {heap} = {storage for ... argument}:
./conv_loops.go:32:31:     from ... argument (spill) at ./conv_loops.go:32:13
./conv_loops.go:32:31:     from fmt.Println(... argument...) (call parameter) at ./conv_loops.go:32:13
./conv_loops.go:32:20: string(x) escapes to heap:
./conv_loops.go:32:20:   flow: {storage for ... argument} = &{storage for string(x)}:
./conv_loops.go:32:20:     from string(x) (spill) at ./conv_loops.go:32:20
./conv_loops.go:32:20:     from ... argument (slice-literal-element) at ./conv_loops.go:32:13
./conv_loops.go:32:20:   flow: {heap} = {storage for ... argument}:
./conv_loops.go:32:20:     from ... argument (spill) at ./conv_loops.go:32:13
./conv_loops.go:32:20:     from fmt.Println(... argument...) (call parameter) at ./conv_loops.go:32:13
./conv_loops.go:26:29: cap(k) escapes to heap:
./conv_loops.go:26:29:   flow: {storage for ... argument} = &{storage for cap(k)}:
./conv_loops.go:26:29:     from cap(k) (spill) at ./conv_loops.go:26:29
./conv_loops.go:26:29:     from ... argument (slice-literal-element) at ./conv_loops.go:26:14
./conv_loops.go:26:29:   flow: {heap} = {storage for ... argument}:
./conv_loops.go:26:29:     from ... argument (spill) at ./conv_loops.go:26:14
./conv_loops.go:26:29:     from fmt.Println(... argument...) (call parameter) at ./conv_loops.go:26:14
./conv_loops.go:26:21: string(k) escapes to heap:
./conv_loops.go:26:21:   flow: {storage for ... argument} = &{storage for string(k)}:
./conv_loops.go:26:21:     from string(k) (spill) at ./conv_loops.go:26:21
./conv_loops.go:26:21:     from ... argument (slice-literal-element) at ./conv_loops.go:26:14
./conv_loops.go:26:21:   flow: {heap} = {storage for ... argument}:
./conv_loops.go:26:21:     from ... argument (spill) at ./conv_loops.go:26:14
./conv_loops.go:26:21:     from fmt.Println(... argument...) (call parameter) at ./conv_loops.go:26:14
./conv_loops.go:20:46: string(all[3]) escapes to heap:
./conv_loops.go:20:46:   flow: {storage for ... argument} = &{storage for string(all[3])}:
./conv_loops.go:20:46:     from string(all[3]) (spill) at ./conv_loops.go:20:46
./conv_loops.go:20:46:     from ... argument (slice-literal-element) at ./conv_loops.go:20:13
./conv_loops.go:20:46:   flow: {heap} = {storage for ... argument}:
./conv_loops.go:20:46:     from ... argument (spill) at ./conv_loops.go:20:13
./conv_loops.go:20:46:     from fmt.Println(... argument...) (call parameter) at ./conv_loops.go:20:13
./conv_loops.go:20:30: string(all[0]) escapes to heap:
./conv_loops.go:20:30:   flow: {storage for ... argument} = &{storage for string(all[0])}:
./conv_loops.go:20:30:     from string(all[0]) (spill) at ./conv_loops.go:20:30
./conv_loops.go:20:30:     from ... argument (slice-literal-element) at ./conv_loops.go:20:13
./conv_loops.go:20:30:   flow: {heap} = {storage for ... argument}:
./conv_loops.go:20:30:     from ... argument (spill) at ./conv_loops.go:20:13
./conv_loops.go:20:30:     from fmt.Println(... argument...) (call parameter) at ./conv_loops.go:20:13
./conv_loops.go:20:17: len(all) escapes to heap:
./conv_loops.go:20:17:   flow: {storage for ... argument} = &{storage for len(all)}:
./conv_loops.go:20:17:     from len(all) (spill) at ./conv_loops.go:20:17
./conv_loops.go:20:17:     from ... argument (slice-literal-element) at ./conv_loops.go:20:13
./conv_loops.go:20:17:   flow: {heap} = {storage for ... argument}:
./conv_loops.go:20:17:     from ... argument (spill) at ./conv_loops.go:20:13
./conv_loops.go:20:17:     from fmt.Println(... argument...) (call parameter) at ./conv_loops.go:20:13
./conv_loops.go:18:45: cap(b) escapes to heap:
./conv_loops.go:18:45:   flow: {storage for ... argument} = &{storage for cap(b)}:
./conv_loops.go:18:45:     from cap(b) (spill) at ./conv_loops.go:18:45
./conv_loops.go:18:45:     from ... argument (slice-literal-element) at ./conv_loops.go:18:14
./conv_loops.go:18:45:   flow: {heap} = {storage for ... argument}:
./conv_loops.go:18:45:     from ... argument (spill) at ./conv_loops.go:18:14
./conv_loops.go:18:45:     from fmt.Println(... argument...) (call parameter) at ./conv_loops.go:18:14
./conv_loops.go:18:37: cap(r) escapes to heap:
./conv_loops.go:18:37:   flow: {storage for ... argument} = &{storage for cap(r)}:
./conv_loops.go:18:37:     from cap(r) (spill) at ./conv_loops.go:18:37
./conv_loops.go:18:37:     from ... argument (slice-literal-element) at ./conv_loops.go:18:14
./conv_loops.go:18:37:   flow: {heap} = {storage for ... argument}:
./conv_loops.go:18:37:     from ... argument (spill) at ./conv_loops.go:18:14
./conv_loops.go:18:37:     from fmt.Println(... argument...) (call parameter) at ./conv_loops.go:18:14
./conv_loops.go:18:29: len(r) escapes to heap:
./conv_loops.go:18:29:   flow: {storage for ... argument} = &{storage for len(r)}:
./conv_loops.go:18:29:     from len(r) (spill) at ./conv_loops.go:18:29
./conv_loops.go:18:29:     from ... argument (slice-literal-element) at ./conv_loops.go:18:14
./conv_loops.go:18:29:   flow: {heap} = {storage for ... argument}:
./conv_loops.go:18:29:     from ... argument (spill) at ./conv_loops.go:18:14
./conv_loops.go:18:29:     from fmt.Println(... argument...) (call parameter) at ./conv_loops.go:18:14
./conv_loops.go:18:21: string(r) escapes to heap:
./conv_loops.go:18:21:   flow: {storage for ... argument} = &{storage for string(r)}:
./conv_loops.go:18:21:     from string(r) (spill) at ./conv_loops.go:18:21
./conv_loops.go:18:21:     from ... argument (slice-literal-element) at ./conv_loops.go:18:14
./conv_loops.go:18:21:   flow: {heap} = {storage for ... argument}:
./conv_loops.go:18:21:     from ... argument (spill) at ./conv_loops.go:18:14
./conv_loops.go:18:21:     from fmt.Println(... argument...) (call parameter) at ./conv_loops.go:18:14
./conv_loops.go:12:42: string(b) escapes to heap:
./conv_loops.go:12:42:   flow: {storage for ... argument} = &{storage for string(b)}:
./conv_loops.go:12:42:     from string(b) (spill) at ./conv_loops.go:12:42
./conv_loops.go:12:42:     from ... argument (slice-literal-element) at ./conv_loops.go:12:15
./conv_loops.go:12:42:   flow: {heap} = {storage for ... argument}:
./conv_loops.go:12:42:     from ... argument (spill) at ./conv_loops.go:12:15
./conv_loops.go:12:42:     from fmt.Println(... argument...) (call parameter) at ./conv_loops.go:12:15
./conv_loops.go:12:30: "->" escapes to heap:
./conv_loops.go:12:30:   flow: {storage for ... argument} = &{storage for "->"}:
./conv_loops.go:12:30:     from "->" (spill) at ./conv_loops.go:12:30
./conv_loops.go:12:30:     from ... argument (slice-literal-element) at ./conv_loops.go:12:15
./conv_loops.go:12:30:   flow: {heap} = {storage for ... argument}:
./conv_loops.go:12:30:     from ... argument (spill) at ./conv_loops.go:12:15
./conv_loops.go:12:30:     from fmt.Println(... argument...) (call parameter) at ./conv_loops.go:12:15
./conv_loops.go:12:22: string(prev) escapes to heap:
./conv_loops.go:12:22:   flow: {storage for ... argument} = &{storage for string(prev)}:
./conv_loops.go:12:22:     from string(prev) (spill) at ./conv_loops.go:12:22
./conv_loops.go:12:22:     from ... argument (slice-literal-element) at ./conv_loops.go:12:15
./conv_loops.go:12:22:   flow: {heap} = {storage for ... argument}:
./conv_loops.go:12:22:     from ... argument (spill) at ./conv_loops.go:12:15
./conv_loops.go:12:22:     from fmt.Println(... argument...) (call parameter) at ./conv_loops.go:12:15
./conv_loops.go:32:31: string(y) escapes to heap:
./conv_loops.go:32:31:   flow: {storage for string(y)} = &{storage for string(y)}:
./conv_loops.go:32:31:     from string(y) (spill) at ./conv_loops.go:32:31
./conv_loops.go:32:31:     from string(y) (interface-converted) at ./conv_loops.go:32:31
./conv_loops.go:32:20: string(x) escapes to heap:
./conv_loops.go:32:20:   flow: {storage for string(x)} = &{storage for string(x)}:
./conv_loops.go:32:20:     from string(x) (spill) at ./conv_loops.go:32:20
./conv_loops.go:32:20:     from string(x) (interface-converted) at ./conv_loops.go:32:20
./conv_loops.go:26:21: string(k) escapes to heap:
./conv_loops.go:26:21:   flow: {storage for string(k)} = &{storage for string(k)}:
./conv_loops.go:26:21:     from string(k) (spill) at ./conv_loops.go:26:21
./conv_loops.go:26:21:     from string(k) (interface-converted) at ./conv_loops.go:26:21
./conv_loops.go:20:46: string(all[3]) escapes to heap:
./conv_loops.go:20:46:   flow: {storage for string(all[3])} = &{storage for string(all[3])}:
./conv_loops.go:20:46:     from string(all[3]) (spill) at ./conv_loops.go:20:46
./conv_loops.go:20:46:     from string(all[3]) (interface-converted) at ./conv_loops.go:20:46
./conv_loops.go:20:30: string(all[0]) escapes to heap:
./conv_loops.go:20:30:   flow: {storage for string(all[0])} = &{storage for string(all[0])}:
./conv_loops.go:20:30:     from string(all[0]) (spill) at ./conv_loops.go:20:30
./conv_loops.go:20:30:     from string(all[0]) (interface-converted) at ./conv_loops.go:20:30
./conv_loops.go:18:21: string(r) escapes to heap:
./conv_loops.go:18:21:   flow: {storage for string(r)} = &{storage for string(r)}:
./conv_loops.go:18:21:     from string(r) (spill) at ./conv_loops.go:18:21
./conv_loops.go:18:21:     from string(r) (interface-converted) at ./conv_loops.go:18:21
./conv_loops.go:12:42: string(b) escapes to heap:
./conv_loops.go:12:42:   flow: {storage for string(b)} = &{storage for string(b)}:
./conv_loops.go:12:42:     from string(b) (spill) at ./conv_loops.go:12:42
./conv_loops.go:12:42:     from string(b) (interface-converted) at ./conv_loops.go:12:42
./conv_loops.go:12:22: string(prev) escapes to heap:
./conv_loops.go:12:22:   flow: {storage for string(prev)} = &{storage for string(prev)}:
./conv_loops.go:12:22:     from string(prev) (spill) at ./conv_loops.go:12:22
./conv_loops.go:12:22:     from string(prev) (interface-converted) at ./conv_loops.go:12:22
./conv_loops.go:10:14: ([]byte)(w) escapes to heap:
./conv_loops.go:10:14:   flow: b = &{storage for ([]byte)(w)}:
./conv_loops.go:10:14:     from ([]byte)(w) (spill) at ./conv_loops.go:10:14
./conv_loops.go:10:14:     from b := ([]byte)(w) (assign) at ./conv_loops.go:10:5
./conv_loops.go:10:14:   flow: prev = b:
./conv_loops.go:10:14:     from prev = b (assign) at ./conv_loops.go:14:8
./conv_loops.go:6:19: []string{...} does not escape
./conv_loops.go:10:14: ([]byte)(w) escapes to heap
./conv_loops.go:12:15: ... argument does not escape
./conv_loops.go:12:22: string(prev) escapes to heap
./conv_loops.go:12:22: string(prev) escapes to heap
./conv_loops.go:12:30: "->" escapes to heap
./conv_loops.go:12:42: string(b) escapes to heap
./conv_loops.go:12:42: string(b) escapes to heap
./conv_loops.go:15:27: ([]byte)(w + "!") escapes to heap
./conv_loops.go:15:29: w + "!" does not escape
./conv_loops.go:16:14: ([]rune)(w) does not escape
./conv_loops.go:18:14: ... argument does not escape
./conv_loops.go:18:21: string(r) escapes to heap
./conv_loops.go:18:21: string(r) escapes to heap
./conv_loops.go:18:29: len(r) escapes to heap
./conv_loops.go:18:37: cap(r) escapes to heap
./conv_loops.go:18:45: cap(b) escapes to heap
./conv_loops.go:20:13: ... argument does not escape
./conv_loops.go:20:17: len(all) escapes to heap
./conv_loops.go:20:30: string(all[0]) escapes to heap
./conv_loops.go:20:30: string(all[0]) escapes to heap
./conv_loops.go:20:46: string(all[3]) escapes to heap
./conv_loops.go:20:46: string(all[3]) escapes to heap
./conv_loops.go:21:14: make([][]rune, 0) does not escape
./conv_loops.go:23:29: ([]rune)(words[i]) escapes to heap
./conv_loops.go:26:14: ... argument does not escape
./conv_loops.go:26:21: string(k) escapes to heap
./conv_loops.go:26:21: string(k) escapes to heap
./conv_loops.go:26:29: cap(k) escapes to heap
./conv_loops.go:29:13: ([]byte)(c) does not escape
./conv_loops.go:30:13: ([]byte)(c) does not escape
./conv_loops.go:32:13: ... argument does not escape
./conv_loops.go:32:20: string(x) escapes to heap
./conv_loops.go:32:20: string(x) escapes to heap
./conv_loops.go:32:31: string(y) escapes to heap
./conv_loops.go:32:31: string(y) escapes to heap
./conv_loops.go:32:39: cap(x) escapes to heap
./conv_loops.go:32:47: cap([]rune{...}) escapes to heap
./conv_loops.go:32:54: []rune{...} does not escape
