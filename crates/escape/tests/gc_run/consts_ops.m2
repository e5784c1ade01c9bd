./consts_ops.go:36:13: m escapes to heap:
./consts_ops.go:36:13:   flow: {storage for ... argument} = &{storage for m}:
./consts_ops.go:36:13:     from m (spill) at ./consts_ops.go:36:13
./consts_ops.go:36:13:     from ... argument (slice-literal-element) at ./consts_ops.go:36:13
./consts_ops.go:36:13:   flow: {heap} = {storage for ... argument}:
./consts_ops.go:36:13:     from ... argument (spill) at ./consts_ops.go:36:13
./consts_ops.go:36:13:     from fmt.Println(... argument...) (call parameter) at ./consts_ops.go:36:13
./consts_ops.go:36:13: n escapes to heap:
./consts_ops.go:36:13:   flow: {storage for ... argument} = &{storage for n}:
./consts_ops.go:36:13:     from n (spill) at ./consts_ops.go:36:13
./consts_ops.go:36:13:     from ... argument (slice-literal-element) at ./consts_ops.go:36:13
./consts_ops.go:36:13:   flow: {heap} = {storage for ... argument}:
./consts_ops.go:36:13:     from ... argument (spill) at ./consts_ops.go:36:13
./consts_ops.go:36:13:     from fmt.Println(... argument...) (call parameter) at ./consts_ops.go:36:13
./consts_ops.go:33:25: ^z escapes to heap:
./consts_ops.go:33:25:   flow: {storage for ... argument} = &{storage for ^z}:
./consts_ops.go:33:25:     from ^z (spill) at ./consts_ops.go:33:25
./consts_ops.go:33:25:     from ... argument (slice-literal-element) at ./consts_ops.go:33:13
./consts_ops.go:33:25:   flow: {heap} = {storage for ... argument}:
./consts_ops.go:33:25:     from ... argument (spill) at ./consts_ops.go:33:13
./consts_ops.go:33:25:     from fmt.Println(... argument...) (call parameter) at ./consts_ops.go:33:13
./consts_ops.go:33:21: +z escapes to heap:
./consts_ops.go:33:21:   flow: {storage for ... argument} = &{storage for +z}:
./consts_ops.go:33:21:     from +z (spill) at ./consts_ops.go:33:21
./consts_ops.go:33:21:     from ... argument (slice-literal-element) at ./consts_ops.go:33:13
./consts_ops.go:33:21:   flow: {heap} = {storage for ... argument}:
./consts_ops.go:33:21:     from ... argument (spill) at ./consts_ops.go:33:13
./consts_ops.go:33:21:     from fmt.Println(... argument...) (call parameter) at ./consts_ops.go:33:13
./consts_ops.go:33:17: -z escapes to heap:
./consts_ops.go:33:17:   flow: {storage for ... argument} = &{storage for -z}:
./consts_ops.go:33:17:     from -z (spill) at ./consts_ops.go:33:17
./consts_ops.go:33:17:     from ... argument (slice-literal-element) at ./consts_ops.go:33:13
./consts_ops.go:33:17:   flow: {heap} = {storage for ... argument}:
./consts_ops.go:33:17:     from ... argument (spill) at ./consts_ops.go:33:13
./consts_ops.go:33:17:     from fmt.Println(... argument...) (call parameter) at ./consts_ops.go:33:13
./consts_ops.go:33:13: z escapes to heap:
./consts_ops.go:33:13:   flow: {storage for ... argument} = &{storage for z}:
./consts_ops.go:33:13:     from z (spill) at ./consts_ops.go:33:13
./consts_ops.go:33:13:     from ... argument (slice-literal-element) at ./consts_ops.go:33:13
./consts_ops.go:33:13:   flow: {heap} = {storage for ... argument}:
./consts_ops.go:33:13:     from ... argument (spill) at ./consts_ops.go:33:13
./consts_ops.go:33:13:     from fmt.Println(... argument...) (call parameter) at ./consts_ops.go:33:13
./consts_ops.go:31:35: !ok escapes to heap:
./consts_ops.go:31:35:   flow: {storage for ... argument} = &{storage for !ok}:
./consts_ops.go:31:35:     from !ok (spill) at ./consts_ops.go:31:35
./consts_ops.go:31:35:     from ... argument (slice-literal-element) at ./consts_ops.go:31:13
./consts_ops.go:31:35:   flow: {heap} = {storage for ... argument}:
./consts_ops.go:31:35:     from ... argument (spill) at ./consts_ops.go:31:13
./consts_ops.go:31:35:     from fmt.Println(... argument...) (call parameter) at ./consts_ops.go:31:13
./consts_ops.go:31:24: A > 5 && B > 10 escapes to heap:
./consts_ops.go:31:24:   flow: {storage for ... argument} = &{storage for A > 5 && B > 10}:
./consts_ops.go:31:24:     from A > 5 && B > 10 (spill) at ./consts_ops.go:31:24
./consts_ops.go:31:24:     from ... argument (slice-literal-element) at ./consts_ops.go:31:13
./consts_ops.go:31:24:   flow: {heap} = {storage for ... argument}:
./consts_ops.go:31:24:     from ... argument (spill) at ./consts_ops.go:31:13
./consts_ops.go:31:24:     from fmt.Println(... argument...) (call parameter) at ./consts_ops.go:31:13
./consts_ops.go:31:13: ok escapes to heap:
./consts_ops.go:31:13:   flow: {storage for ... argument} = &{storage for ok}:
./consts_ops.go:31:13:     from ok (spill) at ./consts_ops.go:31:13
./consts_ops.go:31:13:     from ... argument (slice-literal-element) at ./consts_ops.go:31:13
./consts_ops.go:31:13:   flow: {heap} = {storage for ... argument}:
./consts_ops.go:31:13:     from ... argument (spill) at ./consts_ops.go:31:13
./consts_ops.go:31:13:     from fmt.Println(... argument...) (call parameter) at ./consts_ops.go:31:13
./consts_ops.go:29:13: y escapes to heap:
./consts_ops.go:29:13:   flow: {storage for ... argument} = &{storage for y}:
./consts_ops.go:29:13:     from y (spill) at ./consts_ops.go:29:13
./consts_ops.go:29:13:     from ... argument (slice-literal-element) at ./consts_ops.go:29:13
./consts_ops.go:29:13:   flow: {heap} = {storage for ... argument}:
./consts_ops.go:29:13:     from ... argument (spill) at ./consts_ops.go:29:13
./consts_ops.go:29:13:     from fmt.Println(... argument...) (call parameter) at ./consts_ops.go:29:13
./consts_ops.go:21:13: x escapes to heap:
./consts_ops.go:21:13:   flow: {storage for ... argument} = &{storage for x}:
./consts_ops.go:21:13:     from x (spill) at ./consts_ops.go:21:13
./consts_ops.go:21:13:     from ... argument (slice-literal-element) at ./consts_ops.go:21:13
./consts_ops.go:21:13:   flow: {heap} = {storage for ... argument}:
./consts_ops.go:21:13:     from ... argument (spill) at ./consts_ops.go:21:13
./consts_ops.go:21:13:     from fmt.Println(... argument...) (call parameter) at ./consts_ops.go:21:13
./consts_ops.go:14:23: E escapes to heap:
./consts_ops.go:14:23:   flow: {storage for ... argument} = &{storage for E}:
./consts_ops.go:14:23:     from E (spill) at ./consts_ops.go:14:23
./consts_ops.go:14:23:     from ... argument (slice-literal-element) at ./consts_ops.go:14:13
./consts_ops.go:14:23:   flow: {heap} = {storage for ... argument}:
./consts_ops.go:14:23:     from ... argument (spill) at ./consts_ops.go:14:13
./consts_ops.go:14:23:     from fmt.Println(... argument...) (call parameter) at ./consts_ops.go:14:13
./consts_ops.go:14:20: C escapes to heap:
./consts_ops.go:14:20:   flow: {storage for ... argument} = &{storage for C}:
./consts_ops.go:14:20:     from C (spill) at ./consts_ops.go:14:20
./consts_ops.go:14:20:     from ... argument (slice-literal-element) at ./consts_ops.go:14:13
./consts_ops.go:14:20:   flow: {heap} = {storage for ... argument}:
./consts_ops.go:14:20:     from ... argument (spill) at ./consts_ops.go:14:13
./consts_ops.go:14:20:     from fmt.Println(... argument...) (call parameter) at ./consts_ops.go:14:13
./consts_ops.go:14:17: B escapes to heap:
./consts_ops.go:14:17:   flow: {storage for ... argument} = &{storage for B}:
./consts_ops.go:14:17:     from B (spill) at ./consts_ops.go:14:17
./consts_ops.go:14:17:     from ... argument (slice-literal-element) at ./consts_ops.go:14:13
./consts_ops.go:14:17:   flow: {heap} = {storage for ... argument}:
./consts_ops.go:14:17:     from ... argument (spill) at ./consts_ops.go:14:13
./consts_ops.go:14:17:     from fmt.Println(... argument...) (call parameter) at ./consts_ops.go:14:13
./consts_ops.go:14:14: A escapes to heap:
./consts_ops.go:14:14:   flow: {storage for ... argument} = &{storage for A}:
./consts_ops.go:14:14:     from A (spill) at ./consts_ops.go:14:14
./consts_ops.go:14:14:     from ... argument (slice-literal-element) at ./consts_ops.go:14:13
./consts_ops.go:14:14:   flow: {heap} = {storage for ... argument}:
./consts_ops.go:14:14:     from ... argument (spill) at ./consts_ops.go:14:13
./consts_ops.go:14:14:     from fmt.Println(... argument...) (call parameter) at ./consts_ops.go:14:13
./consts_ops.go:14:13: ... argument does not escape
./consts_ops.go:14:14: A escapes to heap
./consts_ops.go:14:17: B escapes to heap
./consts_ops.go:14:20: C escapes to heap
./consts_ops.go:14:23: E escapes to heap
./consts_ops.go:21:13: ... argument does not escape
./consts_ops.go:21:13: x escapes to heap
./consts_ops.go:29:13: ... argument does not escape
./consts_ops.go:29:13: y escapes to heap
./consts_ops.go:31:13: ... argument does not escape
./consts_ops.go:31:13: ok escapes to heap
./consts_ops.go:31:24: A > 5 && B > 10 escapes to heap
./consts_ops.go:31:35: !ok escapes to heap
./consts_ops.go:33:13: ... argument does not escape
./consts_ops.go:33:13: z escapes to heap
./consts_ops.go:33:17: -z escapes to heap
./consts_ops.go:33:21: +z escapes to heap
./consts_ops.go:33:25: ^z escapes to heap
./consts_ops.go:36:13: ... argument does not escape
./consts_ops.go:36:13: n escapes to heap
./consts_ops.go:36:13: m escapes to heap
