./many_params.go:21:14: k + "!" escapes to heap:
./many_params.go:21:14:   flow: ~r1 = &{storage for k + "!"}:
./many_params.go:21:14:     from k + "!" (spill) at ./many_params.go:21:14
./many_params.go:21:14:     from return s, k + "!" (return) at ./many_params.go:21:2
./many_params.go:16:100: k does not escape
./many_params.go:16:118: m does not escape
./many_params.go:16:127: n does not escape
./many_params.go:21:14: k + "!" escapes to heap
./many_params.go:28:12: parameter m leaks to ~r2 with derefs=0:
./many_params.go:28:12:   flow: ~r2 = m:
./many_params.go:28:12:     from return n, int(m.A) + k, m (return) at ./many_params.go:32:2
./many_params.go:28:21: parameter n leaks to ~r0 with derefs=0:
./many_params.go:28:21:   flow: ~r0 = n:
./many_params.go:28:21:     from return n, int(m.A) + k, m (return) at ./many_params.go:32:2
./many_params.go:28:12: parameter m leaks to ~r0 with derefs=0:
./many_params.go:28:12:   flow: n = m:
./many_params.go:28:12:     from m.D (dot) at ./many_params.go:31:10
./many_params.go:28:12:     from n.D += m.D (assign) at ./many_params.go:31:6
./many_params.go:28:12:   flow: ~r0 = n:
./many_params.go:28:12:     from return n, int(m.A) + k, m (return) at ./many_params.go:32:2
./many_params.go:28:12: leaking param: m to result ~r0 level=0
./many_params.go:28:12: leaking param: m to result ~r2 level=0
./many_params.go:28:21: leaking param: n to result ~r0 level=0
./many_params.go:51:13: r1 escapes to heap:
./many_params.go:51:13:   flow: {storage for ... argument} = &{storage for r1}:
./many_params.go:51:13:     from r1 (spill) at ./many_params.go:51:13
./many_params.go:51:13:     from ... argument (slice-literal-element) at ./many_params.go:51:13
./many_params.go:51:13:   flow: {heap} = {storage for ... argument}:
./many_params.go:51:13:     from ... argument (spill) at ./many_params.go:51:13
./many_params.go:51:13:     from fmt.Println(... argument...) (call parameter) at ./many_params.go:51:13
./many_params.go:51:13: r2 escapes to heap:
./many_params.go:51:13:   flow: {storage for ... argument} = &{storage for r2}:
./many_params.go:51:13:     from r2 (spill) at ./many_params.go:51:13
./many_params.go:51:13:     from ... argument (slice-literal-element) at ./many_params.go:51:13
./many_params.go:51:13:   flow: {heap} = {storage for ... argument}:
./many_params.go:51:13:     from ... argument (spill) at ./many_params.go:51:13
./many_params.go:51:13:     from fmt.Println(... argument...) (call parameter) at ./many_params.go:51:13
./many_params.go:51:13: r3 escapes to heap:
./many_params.go:51:13:   flow: {storage for ... argument} = &{storage for r3}:
./many_params.go:51:13:     from r3 (spill) at ./many_params.go:51:13
./many_params.go:51:13:     from ... argument (slice-literal-element) at ./many_params.go:51:13
./many_params.go:51:13:   flow: {heap} = {storage for ... argument}:
./many_params.go:51:13:     from ... argument (spill) at ./many_params.go:51:13
./many_params.go:51:13:     from fmt.Println(... argument...) (call parameter) at ./many_params.go:51:13
./many_params.go:51:13: r4 escapes to heap:
./many_params.go:51:13:   flow: {storage for ... argument} = &{storage for r4}:
./many_params.go:51:13:     from r4 (spill) at ./many_params.go:51:13
./many_params.go:51:13:     from ... argument (slice-literal-element) at ./many_params.go:51:13
./many_params.go:51:13:   flow: {heap} = {storage for ... argument}:
./many_params.go:51:13:     from ... argument (spill) at ./many_params.go:51:13
./many_params.go:51:13:     from fmt.Println(... argument...) (call parameter) at ./many_params.go:51:13
./many_params.go:51:13: r5 escapes to heap:
./many_params.go:51:13:   flow: {storage for ... argument} = &{storage for r5}:
./many_params.go:51:13:     from r5 (spill) at ./many_params.go:51:13
./many_params.go:51:13:     from ... argument (slice-literal-element) at ./many_params.go:51:13
./many_params.go:51:13:   flow: {heap} = {storage for ... argument}:
./many_params.go:51:13:     from ... argument (spill) at ./many_params.go:51:13
./many_params.go:51:13:     from fmt.Println(... argument...) (call parameter) at ./many_params.go:51:13
./many_params.go:51:13: r6 escapes to heap:
./many_params.go:51:13:   flow: {storage for ... argument} = &{storage for r6}:
./many_params.go:51:13:     from r6 (spill) at ./many_params.go:51:13
./many_params.go:51:13:     from ... argument (slice-literal-element) at ./many_params.go:51:13
./many_params.go:51:13:   flow: {heap} = {storage for ... argument}:
./many_params.go:51:13:     from ... argument (spill) at ./many_params.go:51:13
./many_params.go:51:13:     from fmt.Println(... argument...) (call parameter) at ./many_params.go:51:13
./many_params.go:51:13: r7 escapes to heap:
./many_params.go:51:13:   flow: {storage for ... argument} = &{storage for r7}:
./many_params.go:51:13:     from r7 (spill) at ./many_params.go:51:13
./many_params.go:51:13:     from ... argument (slice-literal-element) at ./many_params.go:51:13
./many_params.go:51:13:   flow: {heap} = {storage for ... argument}:
./many_params.go:51:13:     from ... argument (spill) at ./many_params.go:51:13
./many_params.go:51:13:     from fmt.Println(... argument...) (call parameter) at ./many_params.go:51:13
./many_params.go:51:13: r8 escapes to heap:
./many_params.go:51:13:   flow: {storage for ... argument} = &{storage for r8}:
./many_params.go:51:13:     from r8 (spill) at ./many_params.go:51:13
./many_params.go:51:13:     from ... argument (slice-literal-element) at ./many_params.go:51:13
./many_params.go:51:13:   flow: {heap} = {storage for ... argument}:
./many_params.go:51:13:     from ... argument (spill) at ./many_params.go:51:13
./many_params.go:51:13:     from fmt.Println(... argument...) (call parameter) at ./many_params.go:51:13
./many_params.go:51:13: r9 escapes to heap:
./many_params.go:51:13:   flow: {storage for ... argument} = &{storage for r9}:
./many_params.go:51:13:     from r9 (spill) at ./many_params.go:51:13
./many_params.go:51:13:     from ... argument (slice-literal-element) at ./many_params.go:51:13
./many_params.go:51:13:   flow: {heap} = {storage for ... argument}:
./many_params.go:51:13:     from ... argument (spill) at ./many_params.go:51:13
./many_params.go:51:13:     from fmt.Println(... argument...) (call parameter) at ./many_params.go:51:13
./many_params.go:51:13: r10 escapes to heap:
./many_params.go:51:13:   flow: {storage for ... argument} = &{storage for r10}:
./many_params.go:51:13:     from r10 (spill) at ./many_params.go:51:13
./many_params.go:51:13:     from ... argument (slice-literal-element) at ./many_params.go:51:13
./many_params.go:51:13:   flow: {heap} = {storage for ... argument}:
./many_params.go:51:13:     from ... argument (spill) at ./many_params.go:51:13
./many_params.go:51:13:     from fmt.Println(... argument...) (call parameter) at ./many_params.go:51:13
./many_params.go:51:13: r11 escapes to heap:
./many_params.go:51:13:   flow: {storage for ... argument} = &{storage for r11}:
./many_params.go:51:13:     from r11 (spill) at ./many_params.go:51:13
./many_params.go:51:13:     from ... argument (slice-literal-element) at ./many_params.go:51:13
./many_params.go:51:13:   flow: {heap} = {storage for ... argument}:
./many_params.go:51:13:     from ... argument (spill) at ./many_params.go:51:13
./many_params.go:51:13:     from fmt.Println(... argument...) (call parameter) at ./many_params.go:51:13
./many_params.go:51:13: r12 escapes to heap:
./many_params.go:51:13:   flow: {storage for ... argument} = &{storage for r12}:
./many_params.go:51:13:     from r12 (spill) at ./many_params.go:51:13
./many_params.go:51:13:     from ... argument (slice-literal-element) at ./many_params.go:51:13
./many_params.go:51:13:   flow: {heap} = {storage for ... argument}:
./many_params.go:51:13:     from ... argument (spill) at ./many_params.go:51:13
./many_params.go:51:13:     from fmt.Println(... argument...) (call parameter) at ./many_params.go:51:13
./many_params.go:49:13: .autotmp_23 escapes to heap:
./many_params.go:49:13:   flow: {storage for ... argument} = &{storage for .autotmp_23}:
./many_params.go:49:13:     from .autotmp_23 (spill) at ./many_params.go:49:13
./many_params.go:49:13:     from ... argument (slice-literal-element) at ./many_params.go:49:13
./many_params.go:49:13:   flow: {heap} = {storage for ... argument}:
./many_params.go:49:13:     from ... argument (spill) at ./many_params.go:49:13
./many_params.go:49:13:     from fmt.Println(results()) (call parameter) at ./many_params.go:49:13
./many_params.go:49:13: .autotmp_22 escapes to heap:
./many_params.go:49:13:   flow: {storage for ... argument} = &{storage for .autotmp_22}:
./many_params.go:49:13:     from .autotmp_22 (spill) at ./many_params.go:49:13
./many_params.go:49:13:     from ... argument (slice-literal-element) at ./many_params.go:49:13
./many_params.go:49:13:   flow: {heap} = {storage for ... argument}:
./many_params.go:49:13:     from ... argument (spill) at ./many_params.go:49:13
./many_params.go:49:13:     from fmt.Println(results()) (call parameter) at ./many_params.go:49:13
./many_params.go:49:13: .autotmp_21 escapes to heap:
./many_params.go:49:13:   flow: {storage for ... argument} = &{storage for .autotmp_21}:
./many_params.go:49:13:     from .autotmp_21 (spill) at ./many_params.go:49:13
./many_params.go:49:13:     from ... argument (slice-literal-element) at ./many_params.go:49:13
./many_params.go:49:13:   flow: {heap} = {storage for ... argument}:
./many_params.go:49:13:     from ... argument (spill) at ./many_params.go:49:13
./many_params.go:49:13:     from fmt.Println(results()) (call parameter) at ./many_params.go:49:13
./many_params.go:49:13: .autotmp_20 escapes to heap:
./many_params.go:49:13:   flow: {storage for ... argument} = &{storage for .autotmp_20}:
./many_params.go:49:13:     from .autotmp_20 (spill) at ./many_params.go:49:13
./many_params.go:49:13:     from ... argument (slice-literal-element) at ./many_params.go:49:13
./many_params.go:49:13:   flow: {heap} = {storage for ... argument}:
./many_params.go:49:13:     from ... argument (spill) at ./many_params.go:49:13
./many_params.go:49:13:     from fmt.Println(results()) (call parameter) at ./many_params.go:49:13
./many_params.go:49:13: .autotmp_19 escapes to heap:
./many_params.go:49:13:   flow: {storage for ... argument} = &{storage for .autotmp_19}:
./many_params.go:49:13:     from .autotmp_19 (spill) at ./many_params.go:49:13
./many_params.go:49:13:     from ... argument (slice-literal-element) at ./many_params.go:49:13
./many_params.go:49:13:   flow: {heap} = {storage for ... argument}:
./many_params.go:49:13:     from ... argument (spill) at ./many_params.go:49:13
./many_params.go:49:13:     from fmt.Println(results()) (call parameter) at ./many_params.go:49:13
./many_params.go:49:13: .autotmp_18 escapes to heap:
./many_params.go:49:13:   flow: {storage for ... argument} = &{storage for .autotmp_18}:
./many_params.go:49:13:     from .autotmp_18 (spill) at ./many_params.go:49:13
./many_params.go:49:13:     from ... argument (slice-literal-element) at ./many_params.go:49:13
./many_params.go:49:13:   flow: {heap} = {storage for ... argument}:
./many_params.go:49:13:     from ... argument (spill) at ./many_params.go:49:13
./many_params.go:49:13:     from fmt.Println(results()) (call parameter) at ./many_params.go:49:13
./many_params.go:49:13: .autotmp_17 escapes to heap:
./many_params.go:49:13:   flow: {storage for ... argument} = &{storage for .autotmp_17}:
./many_params.go:49:13:     from .autotmp_17 (spill) at ./many_params.go:49:13
./many_params.go:49:13:     from ... argument (slice-literal-element) at ./many_params.go:49:13
./many_params.go:49:13:   flow: {heap} = {storage for ... argument}:
./many_params.go:49:13:     from ... argument (spill) at ./many_params.go:49:13
./many_params.go:49:13:     from fmt.Println(results()) (call parameter) at ./many_params.go:49:13
./many_params.go:49:13: .autotmp_16 escapes to heap:
./many_params.go:49:13:   flow: {storage for ... argument} = &{storage for .autotmp_16}:
./many_params.go:49:13:     from .autotmp_16 (spill) at ./many_params.go:49:13
./many_params.go:49:13:     from ... argument (slice-literal-element) at ./many_params.go:49:13
./many_params.go:49:13:   flow: {heap} = {storage for ... argument}:
./many_params.go:49:13:     from ... argument (spill) at ./many_params.go:49:13
./many_params.go:49:13:     from fmt.Println(results()) (call parameter) at ./many_params.go:49:13
./many_params.go:49:13: .autotmp_15 escapes to heap:
./many_params.go:49:13:   flow: {storage for ... argument} = &{storage for .autotmp_15}:
./many_params.go:49:13:     from .autotmp_15 (spill) at ./many_params.go:49:13
./many_params.go:49:13:     from ... argument (slice-literal-element) at ./many_params.go:49:13
./many_params.go:49:13:   flow: {heap} = {storage for ... argument}:
./many_params.go:49:13:     from ... argument (spill) at ./many_params.go:49:13
./many_params.go:49:13:     from fmt.Println(results()) (call parameter) at ./many_params.go:49:13
./many_params.go:49:13: .autotmp_14 escapes to heap:
./many_params.go:49:13:   flow: {storage for ... argument} = &{storage for .autotmp_14}:
./many_params.go:49:13:     from .autotmp_14 (spill) at ./many_params.go:49:13
./many_params.go:49:13:     from ... argument (slice-literal-element) at ./many_params.go:49:13
./many_params.go:49:13:   flow: {heap} = {storage for ... argument}:
./many_params.go:49:13:     from ... argument (spill) at ./many_params.go:49:13
./many_params.go:49:13:     from fmt.Println(results()) (call parameter) at ./many_params.go:49:13
./many_params.go:49:13: .autotmp_13 escapes to heap:
./many_params.go:49:13:   flow: {storage for ... argument} = &{storage for .autotmp_13}:
./many_params.go:49:13:     from .autotmp_13 (spill) at ./many_params.go:49:13
./many_params.go:49:13:     from ... argument (slice-literal-element) at ./many_params.go:49:13
./many_params.go:49:13:   flow: {heap} = {storage for ... argument}:
./many_params.go:49:13:     from ... argument (spill) at ./many_params.go:49:13
./many_params.go:49:13:     from fmt.Println(results()) (call parameter) at ./many_params.go:49:13
./many_params.go:49:13: .autotmp_12 escapes to heap:
./many_params.go:49:13:   flow: {storage for ... argument} = &{storage for .autotmp_12}:
./many_params.go:49:13:     from .autotmp_12 (spill) at ./many_params.go:49:13
./many_params.go:49:13:     from ... argument (slice-literal-element) at ./many_params.go:49:13
./many_params.go:49:13:   flow: {heap} = {storage for ... argument}:
./many_params.go:49:13:     from ... argument (spill) at ./many_params.go:49:13
./many_params.go:49:13:     from fmt.Println(results()) (call parameter) at ./many_params.go:49:13
./many_params.go:48:13: m2 escapes to heap:
./many_params.go:48:13:   flow: {storage for ... argument} = &{storage for m2}:
./many_params.go:48:13:     from m2 (spill) at ./many_params.go:48:13
./many_params.go:48:13:     from ... argument (slice-literal-element) at ./many_params.go:48:13
./many_params.go:48:13:   flow: {heap} = {storage for ... argument}:
./many_params.go:48:13:     from ... argument (spill) at ./many_params.go:48:13
./many_params.go:48:13:     from fmt.Println(... argument...) (call parameter) at ./many_params.go:48:13
./many_params.go:48:13: m1 escapes to heap:
./many_params.go:48:13:   flow: {storage for ... argument} = &{storage for m1}:
./many_params.go:48:13:     from m1 (spill) at ./many_params.go:48:13
./many_params.go:48:13:     from ... argument (slice-literal-element) at ./many_params.go:48:13
./many_params.go:48:13:   flow: {heap} = {storage for ... argument}:
./many_params.go:48:13:     from ... argument (spill) at ./many_params.go:48:13
./many_params.go:48:13:     from fmt.Println(... argument...) (call parameter) at ./many_params.go:48:13
./many_params.go:48:13: z escapes to heap:
./many_params.go:48:13:   flow: {storage for ... argument} = &{storage for z}:
./many_params.go:48:13:     from z (spill) at ./many_params.go:48:13
./many_params.go:48:13:     from ... argument (slice-literal-element) at ./many_params.go:48:13
./many_params.go:48:13:   flow: {heap} = {storage for ... argument}:
./many_params.go:48:13:     from ... argument (spill) at ./many_params.go:48:13
./many_params.go:48:13:     from fmt.Println(... argument...) (call parameter) at ./many_params.go:48:13
./many_params.go:48:13: y escapes to heap:
./many_params.go:48:13:   flow: {storage for ... argument} = &{storage for y}:
./many_params.go:48:13:     from y (spill) at ./many_params.go:48:13
./many_params.go:48:13:     from ... argument (slice-literal-element) at ./many_params.go:48:13
./many_params.go:48:13:   flow: {heap} = {storage for ... argument}:
./many_params.go:48:13:     from ... argument (spill) at ./many_params.go:48:13
./many_params.go:48:13:     from fmt.Println(... argument...) (call parameter) at ./many_params.go:48:13
./many_params.go:48:13: x escapes to heap:
./many_params.go:48:13:   flow: {storage for ... argument} = &{storage for x}:
./many_params.go:48:13:     from x (spill) at ./many_params.go:48:13
./many_params.go:48:13:     from ... argument (slice-literal-element) at ./many_params.go:48:13
./many_params.go:48:13:   flow: {heap} = {storage for ... argument}:
./many_params.go:48:13:     from ... argument (spill) at ./many_params.go:48:13
./many_params.go:48:13:     from fmt.Println(... argument...) (call parameter) at ./many_params.go:48:13
./many_params.go:44:13: b escapes to heap:
./many_params.go:44:13:   flow: {storage for ... argument} = &{storage for b}:
./many_params.go:44:13:     from b (spill) at ./many_params.go:44:13
./many_params.go:44:13:     from ... argument (slice-literal-element) at ./many_params.go:44:13
./many_params.go:44:13:   flow: {heap} = {storage for ... argument}:
./many_params.go:44:13:     from ... argument (spill) at ./many_params.go:44:13
./many_params.go:44:13:     from fmt.Println(... argument...) (call parameter) at ./many_params.go:44:13
./many_params.go:44:13: a escapes to heap:
./many_params.go:44:13:   flow: {storage for ... argument} = &{storage for a}:
./many_params.go:44:13:     from a (spill) at ./many_params.go:44:13
./many_params.go:44:13:     from ... argument (slice-literal-element) at ./many_params.go:44:13
./many_params.go:44:13:   flow: {heap} = {storage for ... argument}:
./many_params.go:44:13:     from ... argument (spill) at ./many_params.go:44:13
./many_params.go:44:13:     from fmt.Println(... argument...) (call parameter) at ./many_params.go:44:13
./many_params.go:42:13: .autotmp_4 escapes to heap:
./many_params.go:42:13:   flow: {storage for ... argument} = &{storage for .autotmp_4}:
./many_params.go:42:13:     from .autotmp_4 (spill) at ./many_params.go:42:13
./many_params.go:42:13:     from ... argument (slice-literal-element) at ./many_params.go:42:13
./many_params.go:42:13:   flow: {heap} = {storage for ... argument}:
./many_params.go:42:13:     from ... argument (spill) at ./many_params.go:42:13
./many_params.go:42:13:     from fmt.Println(many(1, -2, -3, -4, -5, 6, 255, 65535, 1 << 32 - 1, 1 << 63, "", true, nil, &n, -1, 0)) (call parameter) at ./many_params.go:42:13
./many_params.go:42:13: .autotmp_3 escapes to heap:
./many_params.go:42:13:   flow: {storage for ... argument} = &{storage for .autotmp_3}:
./many_params.go:42:13:     from .autotmp_3 (spill) at ./many_params.go:42:13
./many_params.go:42:13:     from ... argument (slice-literal-element) at ./many_params.go:42:13
./many_params.go:42:13:   flow: {heap} = {storage for ... argument}:
./many_params.go:42:13:     from ... argument (spill) at ./many_params.go:42:13
./many_params.go:42:13:     from fmt.Println(many(1, -2, -3, -4, -5, 6, 255, 65535, 1 << 32 - 1, 1 << 63, "", true, nil, &n, -1, 0)) (call parameter) at ./many_params.go:42:13
./many_params.go:41:13: .autotmp_2 escapes to heap:
./many_params.go:41:13:   flow: {storage for ... argument} = &{storage for .autotmp_2}:
./many_params.go:41:13:     from .autotmp_2 (spill) at ./many_params.go:41:13
./many_params.go:41:13:     from ... argument (slice-literal-element) at ./many_params.go:41:13
./many_params.go:41:13:   flow: {heap} = {storage for ... argument}:
./many_params.go:41:13:     from ... argument (spill) at ./many_params.go:41:13
./many_params.go:41:13:     from fmt.Println(many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, "eleven", false, []int{...}, &n, 'A', 'b')) (call parameter) at ./many_params.go:41:13
./many_params.go:41:13: .autotmp_1 escapes to heap:
./many_params.go:41:13:   flow: {storage for ... argument} = &{storage for .autotmp_1}:
./many_params.go:41:13:     from .autotmp_1 (spill) at ./many_params.go:41:13
./many_params.go:41:13:     from ... argument (slice-literal-element) at ./many_params.go:41:13
./many_params.go:41:13:   flow: {heap} = {storage for ... argument}:
./many_params.go:41:13:     from ... argument (spill) at ./many_params.go:41:13
./many_params.go:41:13:     from fmt.Println(many(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, "eleven", false, []int{...}, &n, 'A', 'b')) (call parameter) at ./many_params.go:41:13
./many_params.go:41:72: []int{...} does not escape
./many_params.go:41:13: ... argument does not escape
./many_params.go:41:13: .autotmp_1 escapes to heap
./many_params.go:41:13: .autotmp_2 escapes to heap
./many_params.go:42:13: ... argument does not escape
./many_params.go:42:13: .autotmp_3 escapes to heap
./many_params.go:42:13: .autotmp_4 escapes to heap
./many_params.go:44:13: ... argument does not escape
./many_params.go:44:13: a escapes to heap
./many_params.go:44:13: b escapes to heap
./many_params.go:48:13: ... argument does not escape
./many_params.go:48:13: x escapes to heap
./many_params.go:48:13: y escapes to heap
./many_params.go:48:13: z escapes to heap
./many_params.go:48:13: m1 escapes to heap
./many_params.go:48:13: m2 escapes to heap
./many_params.go:49:13: ... argument does not escape
./many_params.go:49:13: .autotmp_12 escapes to heap
./many_params.go:49:13: .autotmp_13 escapes to heap
./many_params.go:49:13: .autotmp_14 escapes to heap
./many_params.go:49:13: .autotmp_15 escapes to heap
./many_params.go:49:13: .autotmp_16 escapes to heap
./many_params.go:49:13: .autotmp_17 escapes to heap
./many_params.go:49:13: .autotmp_18 escapes to heap
./many_params.go:49:13: .autotmp_19 escapes to heap
./many_params.go:49:13: .autotmp_20 escapes to heap
./many_params.go:49:13: .autotmp_21 escapes to heap
./many_params.go:49:13: .autotmp_22 escapes to heap
./many_params.go:49:13: .autotmp_23 escapes to heap
./many_params.go:51:13: ... argument does not escape
./many_params.go:51:13: r12 escapes to heap
./many_params.go:51:13: r11 escapes to heap
./many_params.go:51:13: r10 escapes to heap
./many_params.go:51:13: r9 escapes to heap
./many_params.go:51:13: r8 escapes to heap
./many_params.go:51:13: r7 escapes to heap
./many_params.go:51:13: r6 escapes to heap
./many_params.go:51:13: r5 escapes to heap
./many_params.go:51:13: r4 escapes to heap
./many_params.go:51:13: r3 escapes to heap
./many_params.go:51:13: r2 escapes to heap
./many_params.go:51:13: r1 escapes to heap
