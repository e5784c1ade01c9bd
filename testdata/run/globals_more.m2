./globals_more.go:24:14: counter escapes to heap:
./globals_more.go:24:14:   flow: {storage for ... argument} = &{storage for counter}:
./globals_more.go:24:14:     from counter (spill) at ./globals_more.go:24:14
./globals_more.go:24:14:     from ... argument (slice-literal-element) at ./globals_more.go:24:13
./globals_more.go:24:14:   flow: {heap} = {storage for ... argument}:
./globals_more.go:24:14:     from ... argument (spill) at ./globals_more.go:24:13
./globals_more.go:24:14:     from fmt.Println(... argument...) (call parameter) at ./globals_more.go:24:13
./globals_more.go:24:14: s escapes to heap:
./globals_more.go:24:14:   flow: {storage for ... argument} = &{storage for s}:
./globals_more.go:24:14:     from s (spill) at ./globals_more.go:24:14
./globals_more.go:24:14:     from ... argument (slice-literal-element) at ./globals_more.go:24:13
./globals_more.go:24:14:   flow: {heap} = {storage for ... argument}:
./globals_more.go:24:14:     from ... argument (spill) at ./globals_more.go:24:13
./globals_more.go:24:14:     from fmt.Println(... argument...) (call parameter) at ./globals_more.go:24:13
./globals_more.go:24:14: "announce" escapes to heap:
./globals_more.go:24:14:   flow: {storage for ... argument} = &{storage for "announce"}:
./globals_more.go:24:14:     from "announce" (spill) at ./globals_more.go:24:14
./globals_more.go:24:14:     from ... argument (slice-literal-element) at ./globals_more.go:24:13
./globals_more.go:24:14:   flow: {heap} = {storage for ... argument}:
./globals_more.go:24:14:     from ... argument (spill) at ./globals_more.go:24:13
./globals_more.go:24:14:     from fmt.Println(... argument...) (call parameter) at ./globals_more.go:24:13
./globals_more.go:22:15: parameter s leaks to {storage for s} with derefs=0:
./globals_more.go:22:15:   flow: {storage for s} = s:
./globals_more.go:22:15:     from s (interface-converted) at ./globals_more.go:24:14
./globals_more.go:22:15: leaking param: s
./globals_more.go:24:13: ... argument does not escape
./globals_more.go:24:14: "announce" escapes to heap
./globals_more.go:24:14: s escapes to heap
./globals_more.go:24:14: counter escapes to heap
./globals_more.go:53:36: cap(words) escapes to heap:
./globals_more.go:53:36:   flow: {storage for ... argument} = &{storage for cap(words)}:
./globals_more.go:53:36:     from cap(words) (spill) at ./globals_more.go:53:36
./globals_more.go:53:36:     from ... argument (slice-literal-element) at ./globals_more.go:53:13
./globals_more.go:53:36:   flow: {heap} = {storage for ... argument}:
./globals_more.go:53:36:     from ... argument (spill) at ./globals_more.go:53:13
./globals_more.go:53:36:     from fmt.Println(... argument...) (call parameter) at ./globals_more.go:53:13
./globals_more.go:53:24: len(words) escapes to heap:
./globals_more.go:53:24:   flow: {storage for ... argument} = &{storage for len(words)}:
./globals_more.go:53:24:     from len(words) (spill) at ./globals_more.go:53:24
./globals_more.go:53:24:     from ... argument (slice-literal-element) at ./globals_more.go:53:13
./globals_more.go:53:24:   flow: {heap} = {storage for ... argument}:
./globals_more.go:53:24:     from ... argument (spill) at ./globals_more.go:53:13
./globals_more.go:53:24:     from fmt.Println(... argument...) (call parameter) at ./globals_more.go:53:13
./globals_more.go:53:13: words escapes to heap:
./globals_more.go:53:13:   flow: {storage for ... argument} = &{storage for words}:
./globals_more.go:53:13:     from words (spill) at ./globals_more.go:53:13
./globals_more.go:53:13:     from ... argument (slice-literal-element) at ./globals_more.go:53:13
./globals_more.go:53:13:   flow: {heap} = {storage for ... argument}:
./globals_more.go:53:13:     from ... argument (spill) at ./globals_more.go:53:13
./globals_more.go:53:13:     from fmt.Println(... argument...) (call parameter) at ./globals_more.go:53:13
./globals_more.go:52:33: cfg.Next == nil escapes to heap:
./globals_more.go:52:33:   flow: {storage for ... argument} = &{storage for cfg.Next == nil}:
./globals_more.go:52:33:     from cfg.Next == nil (spill) at ./globals_more.go:52:33
./globals_more.go:52:33:     from ... argument (slice-literal-element) at ./globals_more.go:52:13
./globals_more.go:52:33:   flow: {heap} = {storage for ... argument}:
./globals_more.go:52:33:     from ... argument (spill) at ./globals_more.go:52:13
./globals_more.go:52:33:     from fmt.Println(... argument...) (call parameter) at ./globals_more.go:52:13
./globals_more.go:52:17: cfg.Name escapes to heap:
./globals_more.go:52:17:   flow: {storage for ... argument} = &{storage for cfg.Name}:
./globals_more.go:52:17:     from cfg.Name (spill) at ./globals_more.go:52:17
./globals_more.go:52:17:     from ... argument (slice-literal-element) at ./globals_more.go:52:13
./globals_more.go:52:17:   flow: {heap} = {storage for ... argument}:
./globals_more.go:52:17:     from ... argument (spill) at ./globals_more.go:52:13
./globals_more.go:52:17:     from fmt.Println(... argument...) (call parameter) at ./globals_more.go:52:13
./globals_more.go:50:13: counter escapes to heap:
./globals_more.go:50:13:   flow: {storage for ... argument} = &{storage for counter}:
./globals_more.go:50:13:     from counter (spill) at ./globals_more.go:50:13
./globals_more.go:50:13:     from ... argument (slice-literal-element) at ./globals_more.go:50:13
./globals_more.go:50:13:   flow: {heap} = {storage for ... argument}:
./globals_more.go:50:13:     from ... argument (spill) at ./globals_more.go:50:13
./globals_more.go:50:13:     from fmt.Println(... argument...) (call parameter) at ./globals_more.go:50:13
./globals_more.go:48:40: grid[1][0] == "d" escapes to heap:
./globals_more.go:48:40:   flow: {storage for ... argument} = &{storage for grid[1][0] == "d"}:
./globals_more.go:48:40:     from grid[1][0] == "d" (spill) at ./globals_more.go:48:40
./globals_more.go:48:40:     from ... argument (slice-literal-element) at ./globals_more.go:48:13
./globals_more.go:48:40:   flow: {heap} = {storage for ... argument}:
./globals_more.go:48:40:     from ... argument (spill) at ./globals_more.go:48:13
./globals_more.go:48:40:     from fmt.Println(... argument...) (call parameter) at ./globals_more.go:48:13
./globals_more.go:48:19: grid escapes to heap:
./globals_more.go:48:19:   flow: {storage for ... argument} = &{storage for grid}:
./globals_more.go:48:19:     from grid (spill) at ./globals_more.go:48:19
./globals_more.go:48:19:     from ... argument (slice-literal-element) at ./globals_more.go:48:13
./globals_more.go:48:19:   flow: {heap} = {storage for ... argument}:
./globals_more.go:48:19:     from ... argument (spill) at ./globals_more.go:48:13
./globals_more.go:48:19:     from fmt.Println(... argument...) (call parameter) at ./globals_more.go:48:13
./globals_more.go:48:19: count() escapes to heap:
./globals_more.go:48:19:   flow: {storage for ... argument} = &{storage for count()}:
./globals_more.go:48:19:     from count() (spill) at ./globals_more.go:48:19
./globals_more.go:48:19:     from ... argument (slice-literal-element) at ./globals_more.go:48:13
./globals_more.go:48:19:   flow: {heap} = {storage for ... argument}:
./globals_more.go:48:19:     from ... argument (spill) at ./globals_more.go:48:13
./globals_more.go:48:19:     from fmt.Println(... argument...) (call parameter) at ./globals_more.go:48:13
./globals_more.go:46:56: *cfg.Next escapes to heap:
./globals_more.go:46:56:   flow: {storage for ... argument} = &{storage for *cfg.Next}:
./globals_more.go:46:56:     from *cfg.Next (spill) at ./globals_more.go:46:56
./globals_more.go:46:56:     from ... argument (slice-literal-element) at ./globals_more.go:46:13
./globals_more.go:46:56:   flow: {heap} = {storage for ... argument}:
./globals_more.go:46:56:     from ... argument (spill) at ./globals_more.go:46:13
./globals_more.go:46:56:     from fmt.Println(... argument...) (call parameter) at ./globals_more.go:46:13
./globals_more.go:46:49: cfg.Next.Name escapes to heap:
./globals_more.go:46:49:   flow: {storage for ... argument} = &{storage for cfg.Next.Name}:
./globals_more.go:46:49:     from cfg.Next.Name (spill) at ./globals_more.go:46:49
./globals_more.go:46:49:     from ... argument (slice-literal-element) at ./globals_more.go:46:13
./globals_more.go:46:49:   flow: {heap} = {storage for ... argument}:
./globals_more.go:46:49:     from ... argument (spill) at ./globals_more.go:46:13
./globals_more.go:46:49:     from fmt.Println(... argument...) (call parameter) at ./globals_more.go:46:13
./globals_more.go:46:33: cfg.Sizes escapes to heap:
./globals_more.go:46:33:   flow: {storage for ... argument} = &{storage for cfg.Sizes}:
./globals_more.go:46:33:     from cfg.Sizes (spill) at ./globals_more.go:46:33
./globals_more.go:46:33:     from ... argument (slice-literal-element) at ./globals_more.go:46:13
./globals_more.go:46:33:   flow: {heap} = {storage for ... argument}:
./globals_more.go:46:33:     from ... argument (spill) at ./globals_more.go:46:13
./globals_more.go:46:33:     from fmt.Println(... argument...) (call parameter) at ./globals_more.go:46:13
./globals_more.go:46:13: table escapes to heap:
./globals_more.go:46:13:   flow: {storage for ... argument} = &{storage for table}:
./globals_more.go:46:13:     from table (spill) at ./globals_more.go:46:13
./globals_more.go:46:13:     from ... argument (slice-literal-element) at ./globals_more.go:46:13
./globals_more.go:46:13:   flow: {heap} = {storage for ... argument}:
./globals_more.go:46:13:     from ... argument (spill) at ./globals_more.go:46:13
./globals_more.go:46:13:     from fmt.Println(... argument...) (call parameter) at ./globals_more.go:46:13
./globals_more.go:46:13: counter escapes to heap:
./globals_more.go:46:13:   flow: {storage for ... argument} = &{storage for counter}:
./globals_more.go:46:13:     from counter (spill) at ./globals_more.go:46:13
./globals_more.go:46:13:     from ... argument (slice-literal-element) at ./globals_more.go:46:13
./globals_more.go:46:13:   flow: {heap} = {storage for ... argument}:
./globals_more.go:46:13:     from ... argument (spill) at ./globals_more.go:46:13
./globals_more.go:46:13:     from fmt.Println(... argument...) (call parameter) at ./globals_more.go:46:13
./globals_more.go:43:39: len(table) escapes to heap:
./globals_more.go:43:39:   flow: {storage for ... argument} = &{storage for len(table)}:
./globals_more.go:43:39:     from len(table) (spill) at ./globals_more.go:43:39
./globals_more.go:43:39:     from ... argument (slice-literal-element) at ./globals_more.go:43:13
./globals_more.go:43:39:   flow: {heap} = {storage for ... argument}:
./globals_more.go:43:39:     from ... argument (spill) at ./globals_more.go:43:13
./globals_more.go:43:39:     from fmt.Println(... argument...) (call parameter) at ./globals_more.go:43:13
./globals_more.go:43:13: total escapes to heap:
./globals_more.go:43:13:   flow: {storage for ... argument} = &{storage for total}:
./globals_more.go:43:13:     from total (spill) at ./globals_more.go:43:13
./globals_more.go:43:13:     from ... argument (slice-literal-element) at ./globals_more.go:43:13
./globals_more.go:43:13:   flow: {heap} = {storage for ... argument}:
./globals_more.go:43:13:     from ... argument (spill) at ./globals_more.go:43:13
./globals_more.go:43:13:     from fmt.Println(... argument...) (call parameter) at ./globals_more.go:43:13
./globals_more.go:43:13: counter escapes to heap:
./globals_more.go:43:13:   flow: {storage for ... argument} = &{storage for counter}:
./globals_more.go:43:13:     from counter (spill) at ./globals_more.go:43:13
./globals_more.go:43:13:     from ... argument (slice-literal-element) at ./globals_more.go:43:13
./globals_more.go:43:13:   flow: {heap} = {storage for ... argument}:
./globals_more.go:43:13:     from ... argument (spill) at ./globals_more.go:43:13
./globals_more.go:43:13:     from fmt.Println(... argument...) (call parameter) at ./globals_more.go:43:13
./globals_more.go:43:13: r escapes to heap:
./globals_more.go:43:13:   flow: {storage for ... argument} = &{storage for r}:
./globals_more.go:43:13:     from r (spill) at ./globals_more.go:43:13
./globals_more.go:43:13:     from ... argument (slice-literal-element) at ./globals_more.go:43:13
./globals_more.go:43:13:   flow: {heap} = {storage for ... argument}:
./globals_more.go:43:13:     from ... argument (spill) at ./globals_more.go:43:13
./globals_more.go:43:13:     from fmt.Println(... argument...) (call parameter) at ./globals_more.go:43:13
./globals_more.go:43:13: q escapes to heap:
./globals_more.go:43:13:   flow: {storage for ... argument} = &{storage for q}:
./globals_more.go:43:13:     from q (spill) at ./globals_more.go:43:13
./globals_more.go:43:13:     from ... argument (slice-literal-element) at ./globals_more.go:43:13
./globals_more.go:43:13:   flow: {heap} = {storage for ... argument}:
./globals_more.go:43:13:     from ... argument (spill) at ./globals_more.go:43:13
./globals_more.go:43:13:     from fmt.Println(... argument...) (call parameter) at ./globals_more.go:43:13
./globals_more.go:43:13: ... argument does not escape
./globals_more.go:43:13: q escapes to heap
./globals_more.go:43:13: r escapes to heap
./globals_more.go:43:13: counter escapes to heap
./globals_more.go:43:13: total escapes to heap
./globals_more.go:43:39: len(table) escapes to heap
./globals_more.go:46:13: ... argument does not escape
./globals_more.go:46:13: counter escapes to heap
./globals_more.go:46:13: table escapes to heap
./globals_more.go:46:33: cfg.Sizes escapes to heap
./globals_more.go:46:49: cfg.Next.Name escapes to heap
./globals_more.go:46:56: *cfg.Next escapes to heap
./globals_more.go:48:13: ... argument does not escape
./globals_more.go:48:19: count() escapes to heap
./globals_more.go:48:19: grid escapes to heap
./globals_more.go:48:40: grid[1][0] == "d" escapes to heap
./globals_more.go:50:13: ... argument does not escape
./globals_more.go:50:13: counter escapes to heap
./globals_more.go:52:13: ... argument does not escape
./globals_more.go:52:17: cfg.Name escapes to heap
./globals_more.go:52:33: cfg.Next == nil escapes to heap
./globals_more.go:53:13: ... argument does not escape
./globals_more.go:53:13: words escapes to heap
./globals_more.go:53:24: len(words) escapes to heap
./globals_more.go:53:36: cap(words) escapes to heap
