./iface_methods_compare.go:12:7: b does not escape
./iface_methods_compare.go:16:7: p does not escape
./iface_methods_compare.go:37:17: b1 == b2 escapes to heap:
./iface_methods_compare.go:37:17:   flow: {storage for ... argument} = &{storage for b1 == b2}:
./iface_methods_compare.go:37:17:     from b1 == b2 (spill) at ./iface_methods_compare.go:37:17
./iface_methods_compare.go:37:17:     from ... argument (slice-literal-element) at ./iface_methods_compare.go:37:13
./iface_methods_compare.go:37:17:   flow: {heap} = {storage for ... argument}:
./iface_methods_compare.go:37:17:     from ... argument (spill) at ./iface_methods_compare.go:37:13
./iface_methods_compare.go:37:17:     from fmt.Println(... argument...) (call parameter) at ./iface_methods_compare.go:37:13
./iface_methods_compare.go:34:2: B{...} escapes to heap:
./iface_methods_compare.go:34:2:   flow: b1 = &{storage for B{...}}:
./iface_methods_compare.go:34:2:     from B{...} (spill) at ./iface_methods_compare.go:34:2
./iface_methods_compare.go:34:2:     from b1 = B{...} (assign) at ./iface_methods_compare.go:34:5
./iface_methods_compare.go:34:2:   flow: {heap} = b1:
./iface_methods_compare.go:34:2:     from b1.M() (call parameter) at ./iface_methods_compare.go:36:18
./iface_methods_compare.go:36:18: b1.M() escapes to heap:
./iface_methods_compare.go:36:18:   flow: {storage for ... argument} = &{storage for b1.M()}:
./iface_methods_compare.go:36:18:     from b1.M() (spill) at ./iface_methods_compare.go:36:18
./iface_methods_compare.go:36:18:     from ... argument (slice-literal-element) at ./iface_methods_compare.go:36:13
./iface_methods_compare.go:36:18:   flow: {heap} = {storage for ... argument}:
./iface_methods_compare.go:36:18:     from ... argument (spill) at ./iface_methods_compare.go:36:13
./iface_methods_compare.go:36:18:     from fmt.Println(... argument...) (call parameter) at ./iface_methods_compare.go:36:13
./iface_methods_compare.go:32:16: e == A{...} escapes to heap:
./iface_methods_compare.go:32:16:   flow: {storage for ... argument} = &{storage for e == A{...}}:
./iface_methods_compare.go:32:16:     from e == A{...} (spill) at ./iface_methods_compare.go:32:16
./iface_methods_compare.go:32:16:     from ... argument (slice-literal-element) at ./iface_methods_compare.go:32:13
./iface_methods_compare.go:32:16:   flow: {heap} = {storage for ... argument}:
./iface_methods_compare.go:32:16:     from ... argument (spill) at ./iface_methods_compare.go:32:13
./iface_methods_compare.go:32:16:     from fmt.Println(... argument...) (call parameter) at ./iface_methods_compare.go:32:13
./iface_methods_compare.go:26:2: n escapes to heap:
./iface_methods_compare.go:26:2:   flow: p1 = &n:
./iface_methods_compare.go:26:2:     from &n (address-of) at ./iface_methods_compare.go:28:9
./iface_methods_compare.go:26:2:     from P{...} (struct literal element) at ./iface_methods_compare.go:28:8
./iface_methods_compare.go:26:2:     from P{...} (interface-converted) at ./iface_methods_compare.go:28:2
./iface_methods_compare.go:26:2:     from p1 = P{...} (assign) at ./iface_methods_compare.go:28:5
./iface_methods_compare.go:26:2:   flow: {heap} = p1:
./iface_methods_compare.go:26:2:     from p1.M() (call parameter) at ./iface_methods_compare.go:30:28
./iface_methods_compare.go:30:28: p1.M() escapes to heap:
./iface_methods_compare.go:30:28:   flow: {storage for ... argument} = &{storage for p1.M()}:
./iface_methods_compare.go:30:28:     from p1.M() (spill) at ./iface_methods_compare.go:30:28
./iface_methods_compare.go:30:28:     from ... argument (slice-literal-element) at ./iface_methods_compare.go:30:13
./iface_methods_compare.go:30:28:   flow: {heap} = {storage for ... argument}:
./iface_methods_compare.go:30:28:     from ... argument (spill) at ./iface_methods_compare.go:30:13
./iface_methods_compare.go:30:28:     from fmt.Println(... argument...) (call parameter) at ./iface_methods_compare.go:30:13
./iface_methods_compare.go:30:17: p1 == p2 escapes to heap:
./iface_methods_compare.go:30:17:   flow: {storage for ... argument} = &{storage for p1 == p2}:
./iface_methods_compare.go:30:17:     from p1 == p2 (spill) at ./iface_methods_compare.go:30:17
./iface_methods_compare.go:30:17:     from ... argument (slice-literal-element) at ./iface_methods_compare.go:30:13
./iface_methods_compare.go:30:17:   flow: {heap} = {storage for ... argument}:
./iface_methods_compare.go:30:17:     from ... argument (spill) at ./iface_methods_compare.go:30:13
./iface_methods_compare.go:30:17:     from fmt.Println(... argument...) (call parameter) at ./iface_methods_compare.go:30:13
./iface_methods_compare.go:25:36: k == i escapes to heap:
./iface_methods_compare.go:25:36:   flow: {storage for ... argument} = &{storage for k == i}:
./iface_methods_compare.go:25:36:     from k == i (spill) at ./iface_methods_compare.go:25:36
./iface_methods_compare.go:25:36:     from ... argument (slice-literal-element) at ./iface_methods_compare.go:25:13
./iface_methods_compare.go:25:36:   flow: {heap} = {storage for ... argument}:
./iface_methods_compare.go:25:36:     from ... argument (spill) at ./iface_methods_compare.go:25:13
./iface_methods_compare.go:25:36:     from fmt.Println(... argument...) (call parameter) at ./iface_methods_compare.go:25:13
./iface_methods_compare.go:25:26: i == nil escapes to heap:
./iface_methods_compare.go:25:26:   flow: {storage for ... argument} = &{storage for i == nil}:
./iface_methods_compare.go:25:26:     from i == nil (spill) at ./iface_methods_compare.go:25:26
./iface_methods_compare.go:25:26:     from ... argument (slice-literal-element) at ./iface_methods_compare.go:25:13
./iface_methods_compare.go:25:26:   flow: {heap} = {storage for ... argument}:
./iface_methods_compare.go:25:26:     from ... argument (spill) at ./iface_methods_compare.go:25:13
./iface_methods_compare.go:25:26:     from fmt.Println(... argument...) (call parameter) at ./iface_methods_compare.go:25:13
./iface_methods_compare.go:25:16: k == nil escapes to heap:
./iface_methods_compare.go:25:16:   flow: {storage for ... argument} = &{storage for k == nil}:
./iface_methods_compare.go:25:16:     from k == nil (spill) at ./iface_methods_compare.go:25:16
./iface_methods_compare.go:25:16:     from ... argument (slice-literal-element) at ./iface_methods_compare.go:25:13
./iface_methods_compare.go:25:16:   flow: {heap} = {storage for ... argument}:
./iface_methods_compare.go:25:16:     from ... argument (spill) at ./iface_methods_compare.go:25:13
./iface_methods_compare.go:25:16:     from fmt.Println(... argument...) (call parameter) at ./iface_methods_compare.go:25:13
./iface_methods_compare.go:23:16: i == j escapes to heap:
./iface_methods_compare.go:23:16:   flow: {storage for ... argument} = &{storage for i == j}:
./iface_methods_compare.go:23:16:     from i == j (spill) at ./iface_methods_compare.go:23:16
./iface_methods_compare.go:23:16:     from ... argument (slice-literal-element) at ./iface_methods_compare.go:23:13
./iface_methods_compare.go:23:16:   flow: {heap} = {storage for ... argument}:
./iface_methods_compare.go:23:16:     from ... argument (spill) at ./iface_methods_compare.go:23:13
./iface_methods_compare.go:23:16:     from fmt.Println(... argument...) (call parameter) at ./iface_methods_compare.go:23:13
./iface_methods_compare.go:21:43: i == A{...} escapes to heap:
./iface_methods_compare.go:21:43:   flow: {storage for ... argument} = &{storage for i == A{...}}:
./iface_methods_compare.go:21:43:     from i == A{...} (spill) at ./iface_methods_compare.go:21:43
./iface_methods_compare.go:21:43:     from ... argument (slice-literal-element) at ./iface_methods_compare.go:21:13
./iface_methods_compare.go:21:43:   flow: {heap} = {storage for ... argument}:
./iface_methods_compare.go:21:43:     from ... argument (spill) at ./iface_methods_compare.go:21:13
./iface_methods_compare.go:21:43:     from fmt.Println(... argument...) (call parameter) at ./iface_methods_compare.go:21:13
./iface_methods_compare.go:21:32: i == A{...} escapes to heap:
./iface_methods_compare.go:21:32:   flow: {storage for ... argument} = &{storage for i == A{...}}:
./iface_methods_compare.go:21:32:     from i == A{...} (spill) at ./iface_methods_compare.go:21:32
./iface_methods_compare.go:21:32:     from ... argument (slice-literal-element) at ./iface_methods_compare.go:21:13
./iface_methods_compare.go:21:32:   flow: {heap} = {storage for ... argument}:
./iface_methods_compare.go:21:32:     from ... argument (spill) at ./iface_methods_compare.go:21:13
./iface_methods_compare.go:21:32:     from fmt.Println(... argument...) (call parameter) at ./iface_methods_compare.go:21:13
./iface_methods_compare.go:21:24: i != j escapes to heap:
./iface_methods_compare.go:21:24:   flow: {storage for ... argument} = &{storage for i != j}:
./iface_methods_compare.go:21:24:     from i != j (spill) at ./iface_methods_compare.go:21:24
./iface_methods_compare.go:21:24:     from ... argument (slice-literal-element) at ./iface_methods_compare.go:21:13
./iface_methods_compare.go:21:24:   flow: {heap} = {storage for ... argument}:
./iface_methods_compare.go:21:24:     from ... argument (spill) at ./iface_methods_compare.go:21:13
./iface_methods_compare.go:21:24:     from fmt.Println(... argument...) (call parameter) at ./iface_methods_compare.go:21:13
./iface_methods_compare.go:21:16: i == j escapes to heap:
./iface_methods_compare.go:21:16:   flow: {storage for ... argument} = &{storage for i == j}:
./iface_methods_compare.go:21:16:     from i == j (spill) at ./iface_methods_compare.go:21:16
./iface_methods_compare.go:21:16:     from ... argument (slice-literal-element) at ./iface_methods_compare.go:21:13
./iface_methods_compare.go:21:16:   flow: {heap} = {storage for ... argument}:
./iface_methods_compare.go:21:16:     from ... argument (spill) at ./iface_methods_compare.go:21:13
./iface_methods_compare.go:21:16:     from fmt.Println(... argument...) (call parameter) at ./iface_methods_compare.go:21:13
./iface_methods_compare.go:34:8: B{...} escapes to heap:
./iface_methods_compare.go:34:8:   flow: {storage for B{...}} = &{storage for B{...}}:
./iface_methods_compare.go:34:8:     from B{...} (spill) at ./iface_methods_compare.go:34:8
./iface_methods_compare.go:34:8:     from B{...} (interface-converted) at ./iface_methods_compare.go:34:2
./iface_methods_compare.go:26:2: moved to heap: n
./iface_methods_compare.go:19:13: A{...} does not escape
./iface_methods_compare.go:20:13: A{...} does not escape
./iface_methods_compare.go:21:13: ... argument does not escape
./iface_methods_compare.go:21:16: i == j escapes to heap
./iface_methods_compare.go:21:24: i != j escapes to heap
./iface_methods_compare.go:21:32: i == A{...} escapes to heap
./iface_methods_compare.go:21:43: i == A{...} escapes to heap
./iface_methods_compare.go:22:2: A{...} does not escape
./iface_methods_compare.go:23:13: ... argument does not escape
./iface_methods_compare.go:23:16: i == j escapes to heap
./iface_methods_compare.go:25:13: ... argument does not escape
./iface_methods_compare.go:25:16: k == nil escapes to heap
./iface_methods_compare.go:25:26: i == nil escapes to heap
./iface_methods_compare.go:25:36: k == i escapes to heap
./iface_methods_compare.go:30:13: ... argument does not escape
./iface_methods_compare.go:30:17: p1 == p2 escapes to heap
./iface_methods_compare.go:30:28: p1.M() escapes to heap
./iface_methods_compare.go:32:13: ... argument does not escape
./iface_methods_compare.go:32:16: e == A{...} escapes to heap
./iface_methods_compare.go:34:2: B{...} escapes to heap
./iface_methods_compare.go:34:8: B{...} escapes to heap
./iface_methods_compare.go:35:2: B{...} does not escape
./iface_methods_compare.go:35:8: B{...} does not escape
./iface_methods_compare.go:36:13: ... argument does not escape
./iface_methods_compare.go:36:18: b1.M() escapes to heap
./iface_methods_compare.go:37:13: ... argument does not escape
./iface_methods_compare.go:37:17: b1 == b2 escapes to heap
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.M() (call parameter) at <autogenerated>:1
