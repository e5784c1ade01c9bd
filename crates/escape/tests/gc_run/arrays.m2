./arrays.go:10:16: a does not escape
./arrays.go:45:13: bools escapes to heap:
./arrays.go:45:13:   flow: {storage for ... argument} = &{storage for bools}:
./arrays.go:45:13:     from bools (spill) at ./arrays.go:45:13
./arrays.go:45:13:     from ... argument (slice-literal-element) at ./arrays.go:45:13
./arrays.go:45:13:   flow: {heap} = {storage for ... argument}:
./arrays.go:45:13:     from ... argument (spill) at ./arrays.go:45:13
./arrays.go:45:13:     from fmt.Println(... argument...) (call parameter) at ./arrays.go:45:13
./arrays.go:43:24: len(names[2]) escapes to heap:
./arrays.go:43:24:   flow: {storage for ... argument} = &{storage for len(names[2])}:
./arrays.go:43:24:     from len(names[2]) (spill) at ./arrays.go:43:24
./arrays.go:43:24:     from ... argument (slice-literal-element) at ./arrays.go:43:13
./arrays.go:43:24:   flow: {heap} = {storage for ... argument}:
./arrays.go:43:24:     from ... argument (spill) at ./arrays.go:43:13
./arrays.go:43:24:     from fmt.Println(... argument...) (call parameter) at ./arrays.go:43:13
./arrays.go:43:13: names escapes to heap:
./arrays.go:43:13:   flow: {storage for ... argument} = &{storage for names}:
./arrays.go:43:13:     from names (spill) at ./arrays.go:43:13
./arrays.go:43:13:     from ... argument (slice-literal-element) at ./arrays.go:43:13
./arrays.go:43:13:   flow: {heap} = {storage for ... argument}:
./arrays.go:43:13:     from ... argument (spill) at ./arrays.go:43:13
./arrays.go:43:13:     from fmt.Println(... argument...) (call parameter) at ./arrays.go:43:13
./arrays.go:41:31: cap(s) escapes to heap:
./arrays.go:41:31:   flow: {storage for ... argument} = &{storage for cap(s)}:
./arrays.go:41:31:     from cap(s) (spill) at ./arrays.go:41:31
./arrays.go:41:31:     from ... argument (slice-literal-element) at ./arrays.go:41:13
./arrays.go:41:31:   flow: {heap} = {storage for ... argument}:
./arrays.go:41:31:     from ... argument (spill) at ./arrays.go:41:13
./arrays.go:41:31:     from fmt.Println(... argument...) (call parameter) at ./arrays.go:41:13
./arrays.go:41:23: len(s) escapes to heap:
./arrays.go:41:23:   flow: {storage for ... argument} = &{storage for len(s)}:
./arrays.go:41:23:     from len(s) (spill) at ./arrays.go:41:23
./arrays.go:41:23:     from ... argument (slice-literal-element) at ./arrays.go:41:13
./arrays.go:41:23:   flow: {heap} = {storage for ... argument}:
./arrays.go:41:23:     from ... argument (spill) at ./arrays.go:41:13
./arrays.go:41:23:     from fmt.Println(... argument...) (call parameter) at ./arrays.go:41:13
./arrays.go:41:13: s escapes to heap:
./arrays.go:41:13:   flow: {storage for ... argument} = &{storage for s}:
./arrays.go:41:13:     from s (spill) at ./arrays.go:41:13
./arrays.go:41:13:     from ... argument (slice-literal-element) at ./arrays.go:41:13
./arrays.go:41:13:   flow: {heap} = {storage for ... argument}:
./arrays.go:41:13:     from ... argument (spill) at ./arrays.go:41:13
./arrays.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./arrays.go:41:13
./arrays.go:41:13: a escapes to heap:
./arrays.go:41:13:   flow: {storage for ... argument} = &{storage for a}:
./arrays.go:41:13:     from a (spill) at ./arrays.go:41:13
./arrays.go:41:13:     from ... argument (slice-literal-element) at ./arrays.go:41:13
./arrays.go:41:13:   flow: {heap} = {storage for ... argument}:
./arrays.go:41:13:     from ... argument (spill) at ./arrays.go:41:13
./arrays.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./arrays.go:41:13
./arrays.go:38:13: g2 escapes to heap:
./arrays.go:38:13:   flow: {storage for ... argument} = &{storage for g2}:
./arrays.go:38:13:     from g2 (spill) at ./arrays.go:38:13
./arrays.go:38:13:     from ... argument (slice-literal-element) at ./arrays.go:38:13
./arrays.go:38:13:   flow: {heap} = {storage for ... argument}:
./arrays.go:38:13:     from ... argument (spill) at ./arrays.go:38:13
./arrays.go:38:13:     from fmt.Println(... argument...) (call parameter) at ./arrays.go:38:13
./arrays.go:38:13: grid escapes to heap:
./arrays.go:38:13:   flow: {storage for ... argument} = &{storage for grid}:
./arrays.go:38:13:     from grid (spill) at ./arrays.go:38:13
./arrays.go:38:13:     from ... argument (slice-literal-element) at ./arrays.go:38:13
./arrays.go:38:13:   flow: {heap} = {storage for ... argument}:
./arrays.go:38:13:     from ... argument (spill) at ./arrays.go:38:13
./arrays.go:38:13:     from fmt.Println(... argument...) (call parameter) at ./arrays.go:38:13
./arrays.go:34:32: b != a escapes to heap:
./arrays.go:34:32:   flow: {storage for ... argument} = &{storage for b != a}:
./arrays.go:34:32:     from b != a (spill) at ./arrays.go:34:32
./arrays.go:34:32:     from ... argument (slice-literal-element) at ./arrays.go:34:13
./arrays.go:34:32:   flow: {heap} = {storage for ... argument}:
./arrays.go:34:32:     from ... argument (spill) at ./arrays.go:34:13
./arrays.go:34:32:     from fmt.Println(... argument...) (call parameter) at ./arrays.go:34:13
./arrays.go:34:24: a == a escapes to heap:
./arrays.go:34:24:   flow: {storage for ... argument} = &{storage for a == a}:
./arrays.go:34:24:     from a == a (spill) at ./arrays.go:34:24
./arrays.go:34:24:     from ... argument (slice-literal-element) at ./arrays.go:34:13
./arrays.go:34:24:   flow: {heap} = {storage for ... argument}:
./arrays.go:34:24:     from ... argument (spill) at ./arrays.go:34:13
./arrays.go:34:24:     from fmt.Println(... argument...) (call parameter) at ./arrays.go:34:13
./arrays.go:34:16: a == c escapes to heap:
./arrays.go:34:16:   flow: {storage for ... argument} = &{storage for a == c}:
./arrays.go:34:16:     from a == c (spill) at ./arrays.go:34:16
./arrays.go:34:16:     from ... argument (slice-literal-element) at ./arrays.go:34:13
./arrays.go:34:16:   flow: {heap} = {storage for ... argument}:
./arrays.go:34:16:     from ... argument (spill) at ./arrays.go:34:13
./arrays.go:34:16:     from fmt.Println(... argument...) (call parameter) at ./arrays.go:34:13
./arrays.go:33:33: sum(c) escapes to heap:
./arrays.go:33:33:   flow: {storage for ... argument} = &{storage for sum(c)}:
./arrays.go:33:33:     from sum(c) (spill) at ./arrays.go:33:33
./arrays.go:33:33:     from ... argument (slice-literal-element) at ./arrays.go:33:13
./arrays.go:33:33:   flow: {heap} = {storage for ... argument}:
./arrays.go:33:33:     from ... argument (spill) at ./arrays.go:33:13
./arrays.go:33:33:     from fmt.Println(... argument...) (call parameter) at ./arrays.go:33:13
./arrays.go:33:25: sum(b) escapes to heap:
./arrays.go:33:25:   flow: {storage for ... argument} = &{storage for sum(b)}:
./arrays.go:33:25:     from sum(b) (spill) at ./arrays.go:33:25
./arrays.go:33:25:     from ... argument (slice-literal-element) at ./arrays.go:33:13
./arrays.go:33:25:   flow: {heap} = {storage for ... argument}:
./arrays.go:33:25:     from ... argument (spill) at ./arrays.go:33:13
./arrays.go:33:25:     from fmt.Println(... argument...) (call parameter) at ./arrays.go:33:13
./arrays.go:33:17: sum(a) escapes to heap:
./arrays.go:33:17:   flow: {storage for ... argument} = &{storage for sum(a)}:
./arrays.go:33:17:     from sum(a) (spill) at ./arrays.go:33:17
./arrays.go:33:17:     from ... argument (slice-literal-element) at ./arrays.go:33:13
./arrays.go:33:17:   flow: {heap} = {storage for ... argument}:
./arrays.go:33:17:     from ... argument (spill) at ./arrays.go:33:13
./arrays.go:33:17:     from fmt.Println(... argument...) (call parameter) at ./arrays.go:33:13
./arrays.go:32:28: cap(a) escapes to heap:
./arrays.go:32:28:   flow: {storage for ... argument} = &{storage for cap(a)}:
./arrays.go:32:28:     from cap(a) (spill) at ./arrays.go:32:28
./arrays.go:32:28:     from ... argument (slice-literal-element) at ./arrays.go:32:13
./arrays.go:32:28:   flow: {heap} = {storage for ... argument}:
./arrays.go:32:28:     from ... argument (spill) at ./arrays.go:32:13
./arrays.go:32:28:     from fmt.Println(... argument...) (call parameter) at ./arrays.go:32:13
./arrays.go:32:20: len(a) escapes to heap:
./arrays.go:32:20:   flow: {storage for ... argument} = &{storage for len(a)}:
./arrays.go:32:20:     from len(a) (spill) at ./arrays.go:32:20
./arrays.go:32:20:     from ... argument (slice-literal-element) at ./arrays.go:32:13
./arrays.go:32:20:   flow: {heap} = {storage for ... argument}:
./arrays.go:32:20:     from ... argument (spill) at ./arrays.go:32:13
./arrays.go:32:20:     from fmt.Println(... argument...) (call parameter) at ./arrays.go:32:13
./arrays.go:32:13: a escapes to heap:
./arrays.go:32:13:   flow: {storage for ... argument} = &{storage for a}:
./arrays.go:32:13:     from a (spill) at ./arrays.go:32:13
./arrays.go:32:13:     from ... argument (slice-literal-element) at ./arrays.go:32:13
./arrays.go:32:13:   flow: {heap} = {storage for ... argument}:
./arrays.go:32:13:     from ... argument (spill) at ./arrays.go:32:13
./arrays.go:32:13:     from fmt.Println(... argument...) (call parameter) at ./arrays.go:32:13
./arrays.go:30:13: c escapes to heap:
./arrays.go:30:13:   flow: {storage for ... argument} = &{storage for c}:
./arrays.go:30:13:     from c (spill) at ./arrays.go:30:13
./arrays.go:30:13:     from ... argument (slice-literal-element) at ./arrays.go:30:13
./arrays.go:30:13:   flow: {heap} = {storage for ... argument}:
./arrays.go:30:13:     from ... argument (spill) at ./arrays.go:30:13
./arrays.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./arrays.go:30:13
./arrays.go:30:13: b escapes to heap:
./arrays.go:30:13:   flow: {storage for ... argument} = &{storage for b}:
./arrays.go:30:13:     from b (spill) at ./arrays.go:30:13
./arrays.go:30:13:     from ... argument (slice-literal-element) at ./arrays.go:30:13
./arrays.go:30:13:   flow: {heap} = {storage for ... argument}:
./arrays.go:30:13:     from ... argument (spill) at ./arrays.go:30:13
./arrays.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./arrays.go:30:13
./arrays.go:30:13: a escapes to heap:
./arrays.go:30:13:   flow: {storage for ... argument} = &{storage for a}:
./arrays.go:30:13:     from a (spill) at ./arrays.go:30:13
./arrays.go:30:13:     from ... argument (slice-literal-element) at ./arrays.go:30:13
./arrays.go:30:13:   flow: {heap} = {storage for ... argument}:
./arrays.go:30:13:     from ... argument (spill) at ./arrays.go:30:13
./arrays.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./arrays.go:30:13
./arrays.go:23:6: a escapes to heap:
./arrays.go:23:6:   flow: s = &a:
./arrays.go:23:6:     from a (address-of) at ./arrays.go:39:7
./arrays.go:23:6:     from a[1:4] (slice) at ./arrays.go:39:8
./arrays.go:23:6:     from s := a[1:4] (assign) at ./arrays.go:39:4
./arrays.go:23:6:   flow: {storage for s} = s:
./arrays.go:23:6:     from s (interface-converted) at ./arrays.go:41:13
./arrays.go:23:6: moved to heap: a
./arrays.go:30:13: ... argument does not escape
./arrays.go:30:13: a escapes to heap
./arrays.go:30:13: b escapes to heap
./arrays.go:30:13: c escapes to heap
./arrays.go:32:13: ... argument does not escape
./arrays.go:32:13: a escapes to heap
./arrays.go:32:20: len(a) escapes to heap
./arrays.go:32:28: cap(a) escapes to heap
./arrays.go:33:13: ... argument does not escape
./arrays.go:33:17: sum(a) escapes to heap
./arrays.go:33:25: sum(b) escapes to heap
./arrays.go:33:33: sum(c) escapes to heap
./arrays.go:34:13: ... argument does not escape
./arrays.go:34:16: a == c escapes to heap
./arrays.go:34:24: a == a escapes to heap
./arrays.go:34:32: b != a escapes to heap
./arrays.go:38:13: ... argument does not escape
./arrays.go:38:13: grid escapes to heap
./arrays.go:38:13: g2 escapes to heap
./arrays.go:41:13: ... argument does not escape
./arrays.go:41:13: a escapes to heap
./arrays.go:41:13: s escapes to heap
./arrays.go:41:23: len(s) escapes to heap
./arrays.go:41:31: cap(s) escapes to heap
./arrays.go:43:13: ... argument does not escape
./arrays.go:43:13: names escapes to heap
./arrays.go:43:24: len(names[2]) escapes to heap
./arrays.go:45:13: ... argument does not escape
./arrays.go:45:13: bools escapes to heap
