./append_growth.go:32:21: v[0] escapes to heap:
./append_growth.go:32:21:   flow: {storage for ... argument} = &{storage for v[0]}:
./append_growth.go:32:21:     from v[0] (spill) at ./append_growth.go:32:21
./append_growth.go:32:21:     from ... argument (slice-literal-element) at ./append_growth.go:32:13
./append_growth.go:32:21:   flow: {heap} = {storage for ... argument}:
./append_growth.go:32:21:     from ... argument (spill) at ./append_growth.go:32:13
./append_growth.go:32:21:     from fmt.Println(... argument...) (call parameter) at ./append_growth.go:32:13
./append_growth.go:32:15: t[0] escapes to heap:
./append_growth.go:32:15:   flow: {storage for ... argument} = &{storage for t[0]}:
./append_growth.go:32:15:     from t[0] (spill) at ./append_growth.go:32:15
./append_growth.go:32:15:     from ... argument (slice-literal-element) at ./append_growth.go:32:13
./append_growth.go:32:15:   flow: {heap} = {storage for ... argument}:
./append_growth.go:32:15:     from ... argument (spill) at ./append_growth.go:32:13
./append_growth.go:32:15:     from fmt.Println(... argument...) (call parameter) at ./append_growth.go:32:13
./append_growth.go:29:13: u escapes to heap:
./append_growth.go:29:13:   flow: {storage for ... argument} = &{storage for u}:
./append_growth.go:29:13:     from u (spill) at ./append_growth.go:29:13
./append_growth.go:29:13:     from ... argument (slice-literal-element) at ./append_growth.go:29:13
./append_growth.go:29:13:   flow: {heap} = {storage for ... argument}:
./append_growth.go:29:13:     from ... argument (spill) at ./append_growth.go:29:13
./append_growth.go:29:13:     from fmt.Println(... argument...) (call parameter) at ./append_growth.go:29:13
./append_growth.go:29:13: t escapes to heap:
./append_growth.go:29:13:   flow: {storage for ... argument} = &{storage for t}:
./append_growth.go:29:13:     from t (spill) at ./append_growth.go:29:13
./append_growth.go:29:13:     from ... argument (slice-literal-element) at ./append_growth.go:29:13
./append_growth.go:29:13:   flow: {heap} = {storage for ... argument}:
./append_growth.go:29:13:     from ... argument (spill) at ./append_growth.go:29:13
./append_growth.go:29:13:     from fmt.Println(... argument...) (call parameter) at ./append_growth.go:29:13
./append_growth.go:27:25: t escapes to heap:
./append_growth.go:27:25:   flow: {storage for ... argument} = &{storage for t}:
./append_growth.go:27:25:     from t (spill) at ./append_growth.go:27:25
./append_growth.go:27:25:     from ... argument (slice-literal-element) at ./append_growth.go:27:13
./append_growth.go:27:25:   flow: {heap} = {storage for ... argument}:
./append_growth.go:27:25:     from ... argument (spill) at ./append_growth.go:27:13
./append_growth.go:27:25:     from fmt.Println(... argument...) (call parameter) at ./append_growth.go:27:13
./append_growth.go:27:25: cap(t) escapes to heap:
./append_growth.go:27:25:   flow: {storage for ... argument} = &{storage for cap(t)}:
./append_growth.go:27:25:     from cap(t) (spill) at ./append_growth.go:27:25
./append_growth.go:27:25:     from ... argument (slice-literal-element) at ./append_growth.go:27:13
./append_growth.go:27:25:   flow: {heap} = {storage for ... argument}:
./append_growth.go:27:25:     from ... argument (spill) at ./append_growth.go:27:13
./append_growth.go:27:25:     from fmt.Println(... argument...) (call parameter) at ./append_growth.go:27:13
./append_growth.go:27:17: len(t) escapes to heap:
./append_growth.go:27:17:   flow: {storage for ... argument} = &{storage for len(t)}:
./append_growth.go:27:17:     from len(t) (spill) at ./append_growth.go:27:17
./append_growth.go:27:17:     from ... argument (slice-literal-element) at ./append_growth.go:27:13
./append_growth.go:27:17:   flow: {heap} = {storage for ... argument}:
./append_growth.go:27:17:     from ... argument (spill) at ./append_growth.go:27:13
./append_growth.go:27:17:     from fmt.Println(... argument...) (call parameter) at ./append_growth.go:27:13
./append_growth.go:25:25: t escapes to heap:
./append_growth.go:25:25:   flow: {storage for ... argument} = &{storage for t}:
./append_growth.go:25:25:     from t (spill) at ./append_growth.go:25:25
./append_growth.go:25:25:     from ... argument (slice-literal-element) at ./append_growth.go:25:13
./append_growth.go:25:25:   flow: {heap} = {storage for ... argument}:
./append_growth.go:25:25:     from ... argument (spill) at ./append_growth.go:25:13
./append_growth.go:25:25:     from fmt.Println(... argument...) (call parameter) at ./append_growth.go:25:13
./append_growth.go:25:25: cap(t) escapes to heap:
./append_growth.go:25:25:   flow: {storage for ... argument} = &{storage for cap(t)}:
./append_growth.go:25:25:     from cap(t) (spill) at ./append_growth.go:25:25
./append_growth.go:25:25:     from ... argument (slice-literal-element) at ./append_growth.go:25:13
./append_growth.go:25:25:   flow: {heap} = {storage for ... argument}:
./append_growth.go:25:25:     from ... argument (spill) at ./append_growth.go:25:13
./append_growth.go:25:25:     from fmt.Println(... argument...) (call parameter) at ./append_growth.go:25:13
./append_growth.go:25:17: len(t) escapes to heap:
./append_growth.go:25:17:   flow: {storage for ... argument} = &{storage for len(t)}:
./append_growth.go:25:17:     from len(t) (spill) at ./append_growth.go:25:17
./append_growth.go:25:17:     from ... argument (slice-literal-element) at ./append_growth.go:25:13
./append_growth.go:25:17:   flow: {heap} = {storage for ... argument}:
./append_growth.go:25:17:     from ... argument (spill) at ./append_growth.go:25:13
./append_growth.go:25:17:     from fmt.Println(... argument...) (call parameter) at ./append_growth.go:25:13
./append_growth.go:20:36: cap(b) escapes to heap:
./append_growth.go:20:36:   flow: {storage for ... argument} = &{storage for cap(b)}:
./append_growth.go:20:36:     from cap(b) (spill) at ./append_growth.go:20:36
./append_growth.go:20:36:     from ... argument (slice-literal-element) at ./append_growth.go:20:15
./append_growth.go:20:36:   flow: {heap} = {storage for ... argument}:
./append_growth.go:20:36:     from ... argument (spill) at ./append_growth.go:20:15
./append_growth.go:20:36:     from fmt.Println(... argument...) (call parameter) at ./append_growth.go:20:15
./append_growth.go:20:28: len(b) escapes to heap:
./append_growth.go:20:28:   flow: {storage for ... argument} = &{storage for len(b)}:
./append_growth.go:20:28:     from len(b) (spill) at ./append_growth.go:20:28
./append_growth.go:20:28:     from ... argument (slice-literal-element) at ./append_growth.go:20:15
./append_growth.go:20:28:   flow: {heap} = {storage for ... argument}:
./append_growth.go:20:28:     from ... argument (spill) at ./append_growth.go:20:15
./append_growth.go:20:28:     from fmt.Println(... argument...) (call parameter) at ./append_growth.go:20:15
./append_growth.go:20:16: "bytes" escapes to heap:
./append_growth.go:20:16:   flow: {storage for ... argument} = &{storage for "bytes"}:
./append_growth.go:20:16:     from "bytes" (spill) at ./append_growth.go:20:16
./append_growth.go:20:16:     from ... argument (slice-literal-element) at ./append_growth.go:20:15
./append_growth.go:20:16:   flow: {heap} = {storage for ... argument}:
./append_growth.go:20:16:     from ... argument (spill) at ./append_growth.go:20:15
./append_growth.go:20:16:     from fmt.Println(... argument...) (call parameter) at ./append_growth.go:20:15
./append_growth.go:11:27: cap(s) escapes to heap:
./append_growth.go:11:27:   flow: {storage for ... argument} = &{storage for cap(s)}:
./append_growth.go:11:27:     from cap(s) (spill) at ./append_growth.go:11:27
./append_growth.go:11:27:     from ... argument (slice-literal-element) at ./append_growth.go:11:15
./append_growth.go:11:27:   flow: {heap} = {storage for ... argument}:
./append_growth.go:11:27:     from ... argument (spill) at ./append_growth.go:11:15
./append_growth.go:11:27:     from fmt.Println(... argument...) (call parameter) at ./append_growth.go:11:15
./append_growth.go:11:19: len(s) escapes to heap:
./append_growth.go:11:19:   flow: {storage for ... argument} = &{storage for len(s)}:
./append_growth.go:11:19:     from len(s) (spill) at ./append_growth.go:11:19
./append_growth.go:11:19:     from ... argument (slice-literal-element) at ./append_growth.go:11:15
./append_growth.go:11:19:   flow: {heap} = {storage for ... argument}:
./append_growth.go:11:19:     from ... argument (spill) at ./append_growth.go:11:15
./append_growth.go:11:19:     from fmt.Println(... argument...) (call parameter) at ./append_growth.go:11:15
./append_growth.go:24:11: make([]int, 3, 10) escapes to heap:
./append_growth.go:24:11:   flow: t = &{storage for make([]int, 3, 10)}:
./append_growth.go:24:11:     from make([]int, 3, 10) (spill) at ./append_growth.go:24:11
./append_growth.go:24:11:     from t := make([]int, 3, 10) (assign) at ./append_growth.go:24:4
./append_growth.go:24:11:   flow: u = t:
./append_growth.go:24:11:     from t[:2] (slice) at ./append_growth.go:28:15
./append_growth.go:24:11:     from append(t[:2], 99) (call parameter) at ./append_growth.go:28:13
./append_growth.go:24:11:     from u := append(t[:2], 99) (assign) at ./append_growth.go:28:4
./append_growth.go:24:11:   flow: {storage for u} = u:
./append_growth.go:24:11:     from u (interface-converted) at ./append_growth.go:29:13
./append_growth.go:11:15: ... argument does not escape
./append_growth.go:11:19: len(s) escapes to heap
./append_growth.go:11:27: cap(s) escapes to heap
./append_growth.go:20:15: ... argument does not escape
./append_growth.go:20:16: "bytes" escapes to heap
./append_growth.go:20:28: len(b) escapes to heap
./append_growth.go:20:36: cap(b) escapes to heap
./append_growth.go:24:11: make([]int, 3, 10) escapes to heap
./append_growth.go:25:13: ... argument does not escape
./append_growth.go:25:17: len(t) escapes to heap
./append_growth.go:25:25: cap(t) escapes to heap
./append_growth.go:25:25: t escapes to heap
./append_growth.go:27:13: ... argument does not escape
./append_growth.go:27:17: len(t) escapes to heap
./append_growth.go:27:25: cap(t) escapes to heap
./append_growth.go:27:25: t escapes to heap
./append_growth.go:29:13: ... argument does not escape
./append_growth.go:29:13: t escapes to heap
./append_growth.go:29:13: u escapes to heap
./append_growth.go:30:19: []int{} does not escape
./append_growth.go:32:13: ... argument does not escape
./append_growth.go:32:15: t[0] escapes to heap
./append_growth.go:32:21: v[0] escapes to heap
