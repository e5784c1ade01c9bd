./pkg_init.go:23:8: name does not escape
./pkg_init.go:29:10: s does not escape
./pkg_init.go:43:13: names escapes to heap:
./pkg_init.go:43:13:   flow: {storage for ... argument} = &{storage for names}:
./pkg_init.go:43:13:     from names (spill) at ./pkg_init.go:43:13
./pkg_init.go:43:13:     from ... argument (slice-literal-element) at ./pkg_init.go:43:13
./pkg_init.go:43:13:   flow: {heap} = {storage for ... argument}:
./pkg_init.go:43:13:     from ... argument (spill) at ./pkg_init.go:43:13
./pkg_init.go:43:13:     from fmt.Println(... argument...) (call parameter) at ./pkg_init.go:43:13
./pkg_init.go:41:15: p.X escapes to heap:
./pkg_init.go:41:15:   flow: {storage for ... argument} = &{storage for p.X}:
./pkg_init.go:41:15:     from p.X (spill) at ./pkg_init.go:41:15
./pkg_init.go:41:15:     from ... argument (slice-literal-element) at ./pkg_init.go:41:13
./pkg_init.go:41:15:   flow: {heap} = {storage for ... argument}:
./pkg_init.go:41:15:     from ... argument (spill) at ./pkg_init.go:41:13
./pkg_init.go:41:15:     from fmt.Println(... argument...) (call parameter) at ./pkg_init.go:41:13
./pkg_init.go:39:43: names == nil escapes to heap:
./pkg_init.go:39:43:   flow: {storage for ... argument} = &{storage for names == nil}:
./pkg_init.go:39:43:     from names == nil (spill) at ./pkg_init.go:39:43
./pkg_init.go:39:43:     from ... argument (slice-literal-element) at ./pkg_init.go:39:13
./pkg_init.go:39:43:   flow: {heap} = {storage for ... argument}:
./pkg_init.go:39:43:     from ... argument (spill) at ./pkg_init.go:39:13
./pkg_init.go:39:43:     from fmt.Println(... argument...) (call parameter) at ./pkg_init.go:39:13
./pkg_init.go:39:20: zero escapes to heap:
./pkg_init.go:39:20:   flow: {storage for ... argument} = &{storage for zero}:
./pkg_init.go:39:20:     from zero (spill) at ./pkg_init.go:39:20
./pkg_init.go:39:20:     from ... argument (slice-literal-element) at ./pkg_init.go:39:13
./pkg_init.go:39:20:   flow: {heap} = {storage for ... argument}:
./pkg_init.go:39:20:     from ... argument (spill) at ./pkg_init.go:39:13
./pkg_init.go:39:20:     from fmt.Println(... argument...) (call parameter) at ./pkg_init.go:39:13
./pkg_init.go:39:20: cnt escapes to heap:
./pkg_init.go:39:20:   flow: {storage for ... argument} = &{storage for cnt}:
./pkg_init.go:39:20:     from cnt (spill) at ./pkg_init.go:39:20
./pkg_init.go:39:20:     from ... argument (slice-literal-element) at ./pkg_init.go:39:13
./pkg_init.go:39:20:   flow: {heap} = {storage for ... argument}:
./pkg_init.go:39:20:     from ... argument (spill) at ./pkg_init.go:39:13
./pkg_init.go:39:20:     from fmt.Println(... argument...) (call parameter) at ./pkg_init.go:39:13
./pkg_init.go:39:20: q == p escapes to heap:
./pkg_init.go:39:20:   flow: {storage for ... argument} = &{storage for q == p}:
./pkg_init.go:39:20:     from q == p (spill) at ./pkg_init.go:39:20
./pkg_init.go:39:20:     from ... argument (slice-literal-element) at ./pkg_init.go:39:13
./pkg_init.go:39:20:   flow: {heap} = {storage for ... argument}:
./pkg_init.go:39:20:     from ... argument (spill) at ./pkg_init.go:39:13
./pkg_init.go:39:20:     from fmt.Println(... argument...) (call parameter) at ./pkg_init.go:39:13
./pkg_init.go:39:14: *p escapes to heap:
./pkg_init.go:39:14:   flow: {storage for ... argument} = &{storage for *p}:
./pkg_init.go:39:14:     from *p (spill) at ./pkg_init.go:39:14
./pkg_init.go:39:14:     from ... argument (slice-literal-element) at ./pkg_init.go:39:13
./pkg_init.go:39:14:   flow: {heap} = {storage for ... argument}:
./pkg_init.go:39:14:     from ... argument (spill) at ./pkg_init.go:39:13
./pkg_init.go:39:14:     from fmt.Println(... argument...) (call parameter) at ./pkg_init.go:39:13
./pkg_init.go:38:13: msg escapes to heap:
./pkg_init.go:38:13:   flow: {storage for ... argument} = &{storage for msg}:
./pkg_init.go:38:13:     from msg (spill) at ./pkg_init.go:38:13
./pkg_init.go:38:13:     from ... argument (slice-literal-element) at ./pkg_init.go:38:13
./pkg_init.go:38:13:   flow: {heap} = {storage for ... argument}:
./pkg_init.go:38:13:     from ... argument (spill) at ./pkg_init.go:38:13
./pkg_init.go:38:13:     from fmt.Println(... argument...) (call parameter) at ./pkg_init.go:38:13
./pkg_init.go:38:13: e escapes to heap:
./pkg_init.go:38:13:   flow: {storage for ... argument} = &{storage for e}:
./pkg_init.go:38:13:     from e (spill) at ./pkg_init.go:38:13
./pkg_init.go:38:13:     from ... argument (slice-literal-element) at ./pkg_init.go:38:13
./pkg_init.go:38:13:   flow: {heap} = {storage for ... argument}:
./pkg_init.go:38:13:     from ... argument (spill) at ./pkg_init.go:38:13
./pkg_init.go:38:13:     from fmt.Println(... argument...) (call parameter) at ./pkg_init.go:38:13
./pkg_init.go:38:13: arr escapes to heap:
./pkg_init.go:38:13:   flow: {storage for ... argument} = &{storage for arr}:
./pkg_init.go:38:13:     from arr (spill) at ./pkg_init.go:38:13
./pkg_init.go:38:13:     from ... argument (slice-literal-element) at ./pkg_init.go:38:13
./pkg_init.go:38:13:   flow: {heap} = {storage for ... argument}:
./pkg_init.go:38:13:     from ... argument (spill) at ./pkg_init.go:38:13
./pkg_init.go:38:13:     from fmt.Println(... argument...) (call parameter) at ./pkg_init.go:38:13
./pkg_init.go:38:13: list escapes to heap:
./pkg_init.go:38:13:   flow: {storage for ... argument} = &{storage for list}:
./pkg_init.go:38:13:     from list (spill) at ./pkg_init.go:38:13
./pkg_init.go:38:13:     from ... argument (slice-literal-element) at ./pkg_init.go:38:13
./pkg_init.go:38:13:   flow: {heap} = {storage for ... argument}:
./pkg_init.go:38:13:     from ... argument (spill) at ./pkg_init.go:38:13
./pkg_init.go:38:13:     from fmt.Println(... argument...) (call parameter) at ./pkg_init.go:38:13
./pkg_init.go:38:13: total escapes to heap:
./pkg_init.go:38:13:   flow: {storage for ... argument} = &{storage for total}:
./pkg_init.go:38:13:     from total (spill) at ./pkg_init.go:38:13
./pkg_init.go:38:13:     from ... argument (slice-literal-element) at ./pkg_init.go:38:13
./pkg_init.go:38:13:   flow: {heap} = {storage for ... argument}:
./pkg_init.go:38:13:     from ... argument (spill) at ./pkg_init.go:38:13
./pkg_init.go:38:13:     from fmt.Println(... argument...) (call parameter) at ./pkg_init.go:38:13
./pkg_init.go:38:13: d escapes to heap:
./pkg_init.go:38:13:   flow: {storage for ... argument} = &{storage for d}:
./pkg_init.go:38:13:     from d (spill) at ./pkg_init.go:38:13
./pkg_init.go:38:13:     from ... argument (slice-literal-element) at ./pkg_init.go:38:13
./pkg_init.go:38:13:   flow: {heap} = {storage for ... argument}:
./pkg_init.go:38:13:     from ... argument (spill) at ./pkg_init.go:38:13
./pkg_init.go:38:13:     from fmt.Println(... argument...) (call parameter) at ./pkg_init.go:38:13
./pkg_init.go:38:13: c escapes to heap:
./pkg_init.go:38:13:   flow: {storage for ... argument} = &{storage for c}:
./pkg_init.go:38:13:     from c (spill) at ./pkg_init.go:38:13
./pkg_init.go:38:13:     from ... argument (slice-literal-element) at ./pkg_init.go:38:13
./pkg_init.go:38:13:   flow: {heap} = {storage for ... argument}:
./pkg_init.go:38:13:     from ... argument (spill) at ./pkg_init.go:38:13
./pkg_init.go:38:13:     from fmt.Println(... argument...) (call parameter) at ./pkg_init.go:38:13
./pkg_init.go:38:13: b escapes to heap:
./pkg_init.go:38:13:   flow: {storage for ... argument} = &{storage for b}:
./pkg_init.go:38:13:     from b (spill) at ./pkg_init.go:38:13
./pkg_init.go:38:13:     from ... argument (slice-literal-element) at ./pkg_init.go:38:13
./pkg_init.go:38:13:   flow: {heap} = {storage for ... argument}:
./pkg_init.go:38:13:     from ... argument (spill) at ./pkg_init.go:38:13
./pkg_init.go:38:13:     from fmt.Println(... argument...) (call parameter) at ./pkg_init.go:38:13
./pkg_init.go:38:13: a escapes to heap:
./pkg_init.go:38:13:   flow: {storage for ... argument} = &{storage for a}:
./pkg_init.go:38:13:     from a (spill) at ./pkg_init.go:38:13
./pkg_init.go:38:13:     from ... argument (slice-literal-element) at ./pkg_init.go:38:13
./pkg_init.go:38:13:   flow: {heap} = {storage for ... argument}:
./pkg_init.go:38:13:     from ... argument (spill) at ./pkg_init.go:38:13
./pkg_init.go:38:13:     from fmt.Println(... argument...) (call parameter) at ./pkg_init.go:38:13
./pkg_init.go:38:13: ... argument does not escape
./pkg_init.go:38:13: a escapes to heap
./pkg_init.go:38:13: b escapes to heap
./pkg_init.go:38:13: c escapes to heap
./pkg_init.go:38:13: d escapes to heap
./pkg_init.go:38:13: total escapes to heap
./pkg_init.go:38:13: list escapes to heap
./pkg_init.go:38:13: arr escapes to heap
./pkg_init.go:38:13: e escapes to heap
./pkg_init.go:38:13: msg escapes to heap
./pkg_init.go:39:13: ... argument does not escape
./pkg_init.go:39:14: *p escapes to heap
./pkg_init.go:39:20: q == p escapes to heap
./pkg_init.go:39:20: cnt escapes to heap
./pkg_init.go:39:20: zero escapes to heap
./pkg_init.go:39:43: names == nil escapes to heap
./pkg_init.go:41:13: ... argument does not escape
./pkg_init.go:41:15: p.X escapes to heap
./pkg_init.go:43:13: ... argument does not escape
./pkg_init.go:43:13: names escapes to heap
./pkg_init.go:13:17: greet + ", world" escapes to heap:
./pkg_init.go:13:17:   flow: {heap} = &{storage for greet + ", world"}:
./pkg_init.go:13:17:     from greet + ", world" (spill) at ./pkg_init.go:13:17
./pkg_init.go:13:17:     from msg = greet + ", world" (assign) at ./pkg_init.go:13:5
./pkg_init.go:13:17: greet + ", world" escapes to heap
