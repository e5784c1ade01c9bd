./multi_results.go:9:13: s does not escape
./multi_results.go:26:11: parameter a leaks to ~r1 with derefs=0:
./multi_results.go:26:11:   flow: ~r1 = a:
./multi_results.go:26:11:     from return b, a (return) at ./multi_results.go:27:2
./multi_results.go:26:14: parameter b leaks to ~r0 with derefs=0:
./multi_results.go:26:14:   flow: ~r0 = b:
./multi_results.go:26:14:     from return b, a (return) at ./multi_results.go:27:2
./multi_results.go:26:11: leaking param: a to result ~r1 level=0
./multi_results.go:26:14: leaking param: b to result ~r0 level=0
./multi_results.go:52:13: .autotmp_11 escapes to heap:
./multi_results.go:52:13:   flow: {storage for ... argument} = &{storage for .autotmp_11}:
./multi_results.go:52:13:     from .autotmp_11 (spill) at ./multi_results.go:52:13
./multi_results.go:52:13:     from ... argument (slice-literal-element) at ./multi_results.go:52:13
./multi_results.go:52:13:   flow: {heap} = {storage for ... argument}:
./multi_results.go:52:13:     from ... argument (spill) at ./multi_results.go:52:13
./multi_results.go:52:13:     from fmt.Println(divmod(9, 4)) (call parameter) at ./multi_results.go:52:13
./multi_results.go:52:13: .autotmp_10 escapes to heap:
./multi_results.go:52:13:   flow: {storage for ... argument} = &{storage for .autotmp_10}:
./multi_results.go:52:13:     from .autotmp_10 (spill) at ./multi_results.go:52:13
./multi_results.go:52:13:     from ... argument (slice-literal-element) at ./multi_results.go:52:13
./multi_results.go:52:13:   flow: {heap} = {storage for ... argument}:
./multi_results.go:52:13:     from ... argument (spill) at ./multi_results.go:52:13
./multi_results.go:52:13:     from fmt.Println(divmod(9, 4)) (call parameter) at ./multi_results.go:52:13
./multi_results.go:51:33: named(20) escapes to heap:
./multi_results.go:51:33:   flow: {storage for ... argument} = &{storage for named(20)}:
./multi_results.go:51:33:     from named(20) (spill) at ./multi_results.go:51:33
./multi_results.go:51:33:     from ... argument (slice-literal-element) at ./multi_results.go:51:13
./multi_results.go:51:33:   flow: {heap} = {storage for ... argument}:
./multi_results.go:51:33:     from ... argument (spill) at ./multi_results.go:51:13
./multi_results.go:51:33:     from fmt.Println(... argument...) (call parameter) at ./multi_results.go:51:13
./multi_results.go:51:23: named(3) escapes to heap:
./multi_results.go:51:23:   flow: {storage for ... argument} = &{storage for named(3)}:
./multi_results.go:51:23:     from named(3) (spill) at ./multi_results.go:51:23
./multi_results.go:51:23:     from ... argument (slice-literal-element) at ./multi_results.go:51:13
./multi_results.go:51:23:   flow: {heap} = {storage for ... argument}:
./multi_results.go:51:23:     from ... argument (spill) at ./multi_results.go:51:13
./multi_results.go:51:23:     from fmt.Println(... argument...) (call parameter) at ./multi_results.go:51:13
./multi_results.go:51:13: r2 escapes to heap:
./multi_results.go:51:13:   flow: {storage for ... argument} = &{storage for r2}:
./multi_results.go:51:13:     from r2 (spill) at ./multi_results.go:51:13
./multi_results.go:51:13:     from ... argument (slice-literal-element) at ./multi_results.go:51:13
./multi_results.go:51:13:   flow: {heap} = {storage for ... argument}:
./multi_results.go:51:13:     from ... argument (spill) at ./multi_results.go:51:13
./multi_results.go:51:13:     from fmt.Println(... argument...) (call parameter) at ./multi_results.go:51:13
./multi_results.go:49:13: y escapes to heap:
./multi_results.go:49:13:   flow: {storage for ... argument} = &{storage for y}:
./multi_results.go:49:13:     from y (spill) at ./multi_results.go:49:13
./multi_results.go:49:13:     from ... argument (slice-literal-element) at ./multi_results.go:49:13
./multi_results.go:49:13:   flow: {heap} = {storage for ... argument}:
./multi_results.go:49:13:     from ... argument (spill) at ./multi_results.go:49:13
./multi_results.go:49:13:     from fmt.Println(... argument...) (call parameter) at ./multi_results.go:49:13
./multi_results.go:49:13: x escapes to heap:
./multi_results.go:49:13:   flow: {storage for ... argument} = &{storage for x}:
./multi_results.go:49:13:     from x (spill) at ./multi_results.go:49:13
./multi_results.go:49:13:     from ... argument (slice-literal-element) at ./multi_results.go:49:13
./multi_results.go:49:13:   flow: {heap} = {storage for ... argument}:
./multi_results.go:49:13:     from ... argument (spill) at ./multi_results.go:49:13
./multi_results.go:49:13:     from fmt.Println(... argument...) (call parameter) at ./multi_results.go:49:13
./multi_results.go:47:13: y escapes to heap:
./multi_results.go:47:13:   flow: {storage for ... argument} = &{storage for y}:
./multi_results.go:47:13:     from y (spill) at ./multi_results.go:47:13
./multi_results.go:47:13:     from ... argument (slice-literal-element) at ./multi_results.go:47:13
./multi_results.go:47:13:   flow: {heap} = {storage for ... argument}:
./multi_results.go:47:13:     from ... argument (spill) at ./multi_results.go:47:13
./multi_results.go:47:13:     from fmt.Println(... argument...) (call parameter) at ./multi_results.go:47:13
./multi_results.go:47:13: x escapes to heap:
./multi_results.go:47:13:   flow: {storage for ... argument} = &{storage for x}:
./multi_results.go:47:13:     from x (spill) at ./multi_results.go:47:13
./multi_results.go:47:13:     from ... argument (slice-literal-element) at ./multi_results.go:47:13
./multi_results.go:47:13:   flow: {heap} = {storage for ... argument}:
./multi_results.go:47:13:     from ... argument (spill) at ./multi_results.go:47:13
./multi_results.go:47:13:     from fmt.Println(... argument...) (call parameter) at ./multi_results.go:47:13
./multi_results.go:45:13: c escapes to heap:
./multi_results.go:45:13:   flow: {storage for ... argument} = &{storage for c}:
./multi_results.go:45:13:     from c (spill) at ./multi_results.go:45:13
./multi_results.go:45:13:     from ... argument (slice-literal-element) at ./multi_results.go:45:13
./multi_results.go:45:13:   flow: {heap} = {storage for ... argument}:
./multi_results.go:45:13:     from ... argument (spill) at ./multi_results.go:45:13
./multi_results.go:45:13:     from fmt.Println(... argument...) (call parameter) at ./multi_results.go:45:13
./multi_results.go:45:13: b escapes to heap:
./multi_results.go:45:13:   flow: {storage for ... argument} = &{storage for b}:
./multi_results.go:45:13:     from b (spill) at ./multi_results.go:45:13
./multi_results.go:45:13:     from ... argument (slice-literal-element) at ./multi_results.go:45:13
./multi_results.go:45:13:   flow: {heap} = {storage for ... argument}:
./multi_results.go:45:13:     from ... argument (spill) at ./multi_results.go:45:13
./multi_results.go:45:13:     from fmt.Println(... argument...) (call parameter) at ./multi_results.go:45:13
./multi_results.go:45:13: a escapes to heap:
./multi_results.go:45:13:   flow: {storage for ... argument} = &{storage for a}:
./multi_results.go:45:13:     from a (spill) at ./multi_results.go:45:13
./multi_results.go:45:13:     from ... argument (slice-literal-element) at ./multi_results.go:45:13
./multi_results.go:45:13:   flow: {heap} = {storage for ... argument}:
./multi_results.go:45:13:     from ... argument (spill) at ./multi_results.go:45:13
./multi_results.go:45:13:     from fmt.Println(... argument...) (call parameter) at ./multi_results.go:45:13
./multi_results.go:43:13: hi escapes to heap:
./multi_results.go:43:13:   flow: {storage for ... argument} = &{storage for hi}:
./multi_results.go:43:13:     from hi (spill) at ./multi_results.go:43:13
./multi_results.go:43:13:     from ... argument (slice-literal-element) at ./multi_results.go:43:13
./multi_results.go:43:13:   flow: {heap} = {storage for ... argument}:
./multi_results.go:43:13:     from ... argument (spill) at ./multi_results.go:43:13
./multi_results.go:43:13:     from fmt.Println(... argument...) (call parameter) at ./multi_results.go:43:13
./multi_results.go:43:13: lo escapes to heap:
./multi_results.go:43:13:   flow: {storage for ... argument} = &{storage for lo}:
./multi_results.go:43:13:     from lo (spill) at ./multi_results.go:43:13
./multi_results.go:43:13:     from ... argument (slice-literal-element) at ./multi_results.go:43:13
./multi_results.go:43:13:   flow: {heap} = {storage for ... argument}:
./multi_results.go:43:13:     from ... argument (spill) at ./multi_results.go:43:13
./multi_results.go:43:13:     from fmt.Println(... argument...) (call parameter) at ./multi_results.go:43:13
./multi_results.go:41:13: r escapes to heap:
./multi_results.go:41:13:   flow: {storage for ... argument} = &{storage for r}:
./multi_results.go:41:13:     from r (spill) at ./multi_results.go:41:13
./multi_results.go:41:13:     from ... argument (slice-literal-element) at ./multi_results.go:41:13
./multi_results.go:41:13:   flow: {heap} = {storage for ... argument}:
./multi_results.go:41:13:     from ... argument (spill) at ./multi_results.go:41:13
./multi_results.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./multi_results.go:41:13
./multi_results.go:41:13: q escapes to heap:
./multi_results.go:41:13:   flow: {storage for ... argument} = &{storage for q}:
./multi_results.go:41:13:     from q (spill) at ./multi_results.go:41:13
./multi_results.go:41:13:     from ... argument (slice-literal-element) at ./multi_results.go:41:13
./multi_results.go:41:13:   flow: {heap} = {storage for ... argument}:
./multi_results.go:41:13:     from ... argument (spill) at ./multi_results.go:41:13
./multi_results.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./multi_results.go:41:13
./multi_results.go:41:13: ... argument does not escape
./multi_results.go:41:13: q escapes to heap
./multi_results.go:41:13: r escapes to heap
./multi_results.go:42:24: []int{...} does not escape
./multi_results.go:43:13: ... argument does not escape
./multi_results.go:43:13: lo escapes to heap
./multi_results.go:43:13: hi escapes to heap
./multi_results.go:45:13: ... argument does not escape
./multi_results.go:45:13: a escapes to heap
./multi_results.go:45:13: b escapes to heap
./multi_results.go:45:13: c escapes to heap
./multi_results.go:47:13: ... argument does not escape
./multi_results.go:47:13: x escapes to heap
./multi_results.go:47:13: y escapes to heap
./multi_results.go:49:13: ... argument does not escape
./multi_results.go:49:13: x escapes to heap
./multi_results.go:49:13: y escapes to heap
./multi_results.go:51:13: ... argument does not escape
./multi_results.go:51:13: r2 escapes to heap
./multi_results.go:51:23: named(3) escapes to heap
./multi_results.go:51:33: named(20) escapes to heap
./multi_results.go:52:13: ... argument does not escape
./multi_results.go:52:13: .autotmp_10 escapes to heap
./multi_results.go:52:13: .autotmp_11 escapes to heap
