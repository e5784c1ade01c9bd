./globals_more.go:22:15: leaking param: s
./globals_more.go:24:13: ... argument does not escape
./globals_more.go:24:14: "announce" escapes to heap
./globals_more.go:24:14: s escapes to heap
./globals_more.go:24:14: counter escapes to heap
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
