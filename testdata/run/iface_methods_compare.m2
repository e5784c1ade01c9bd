./iface_methods_compare.go:27:28: devirtualizing p1.M to P
./iface_methods_compare.go:31:18: devirtualizing b1.M to B
./iface_methods_compare.go:12:7: b does not escape
./iface_methods_compare.go:16:7: p does not escape
./iface_methods_compare.go:32:17: b1 == b2 escapes to heap:
./iface_methods_compare.go:32:17:   flow: {storage for ... argument} = &{storage for b1 == b2}:
./iface_methods_compare.go:32:17:     from b1 == b2 (spill) at ./iface_methods_compare.go:32:17
./iface_methods_compare.go:32:17:     from ... argument (slice-literal-element) at ./iface_methods_compare.go:32:13
./iface_methods_compare.go:32:17:   flow: {heap} = {storage for ... argument}:
./iface_methods_compare.go:32:17:     from ... argument (spill) at ./iface_methods_compare.go:32:13
./iface_methods_compare.go:32:17:     from fmt.Println(... argument...) (call parameter) at ./iface_methods_compare.go:32:13
./iface_methods_compare.go:31:18: B.M(b1.(B)) escapes to heap:
./iface_methods_compare.go:31:18:   flow: {storage for ... argument} = &{storage for B.M(b1.(B))}:
./iface_methods_compare.go:31:18:     from B.M(b1.(B)) (spill) at ./iface_methods_compare.go:31:18
./iface_methods_compare.go:31:18:     from ... argument (slice-literal-element) at ./iface_methods_compare.go:31:13
./iface_methods_compare.go:31:18:   flow: {heap} = {storage for ... argument}:
./iface_methods_compare.go:31:18:     from ... argument (spill) at ./iface_methods_compare.go:31:13
./iface_methods_compare.go:31:18:     from fmt.Println(... argument...) (call parameter) at ./iface_methods_compare.go:31:13
./iface_methods_compare.go:29:16: e == A{...} escapes to heap:
./iface_methods_compare.go:29:16:   flow: {storage for ... argument} = &{storage for e == A{...}}:
./iface_methods_compare.go:29:16:     from e == A{...} (spill) at ./iface_methods_compare.go:29:16
./iface_methods_compare.go:29:16:     from ... argument (slice-literal-element) at ./iface_methods_compare.go:29:13
./iface_methods_compare.go:29:16:   flow: {heap} = {storage for ... argument}:
./iface_methods_compare.go:29:16:     from ... argument (spill) at ./iface_methods_compare.go:29:13
./iface_methods_compare.go:29:16:     from fmt.Println(... argument...) (call parameter) at ./iface_methods_compare.go:29:13
./iface_methods_compare.go:27:28: P.M(p1.(P)) escapes to heap:
./iface_methods_compare.go:27:28:   flow: {storage for ... argument} = &{storage for P.M(p1.(P))}:
./iface_methods_compare.go:27:28:     from P.M(p1.(P)) (spill) at ./iface_methods_compare.go:27:28
./iface_methods_compare.go:27:28:     from ... argument (slice-literal-element) at ./iface_methods_compare.go:27:13
./iface_methods_compare.go:27:28:   flow: {heap} = {storage for ... argument}:
./iface_methods_compare.go:27:28:     from ... argument (spill) at ./iface_methods_compare.go:27:13
./iface_methods_compare.go:27:28:     from fmt.Println(... argument...) (call parameter) at ./iface_methods_compare.go:27:13
./iface_methods_compare.go:27:17: p1 == p2 escapes to heap:
./iface_methods_compare.go:27:17:   flow: {storage for ... argument} = &{storage for p1 == p2}:
./iface_methods_compare.go:27:17:     from p1 == p2 (spill) at ./iface_methods_compare.go:27:17
./iface_methods_compare.go:27:17:     from ... argument (slice-literal-element) at ./iface_methods_compare.go:27:13
./iface_methods_compare.go:27:17:   flow: {heap} = {storage for ... argument}:
./iface_methods_compare.go:27:17:     from ... argument (spill) at ./iface_methods_compare.go:27:13
./iface_methods_compare.go:27:17:     from fmt.Println(... argument...) (call parameter) at ./iface_methods_compare.go:27:13
./iface_methods_compare.go:24:36: k == i escapes to heap:
./iface_methods_compare.go:24:36:   flow: {storage for ... argument} = &{storage for k == i}:
./iface_methods_compare.go:24:36:     from k == i (spill) at ./iface_methods_compare.go:24:36
./iface_methods_compare.go:24:36:     from ... argument (slice-literal-element) at ./iface_methods_compare.go:24:13
./iface_methods_compare.go:24:36:   flow: {heap} = {storage for ... argument}:
./iface_methods_compare.go:24:36:     from ... argument (spill) at ./iface_methods_compare.go:24:13
./iface_methods_compare.go:24:36:     from fmt.Println(... argument...) (call parameter) at ./iface_methods_compare.go:24:13
./iface_methods_compare.go:24:26: i == nil escapes to heap:
./iface_methods_compare.go:24:26:   flow: {storage for ... argument} = &{storage for i == nil}:
./iface_methods_compare.go:24:26:     from i == nil (spill) at ./iface_methods_compare.go:24:26
./iface_methods_compare.go:24:26:     from ... argument (slice-literal-element) at ./iface_methods_compare.go:24:13
./iface_methods_compare.go:24:26:   flow: {heap} = {storage for ... argument}:
./iface_methods_compare.go:24:26:     from ... argument (spill) at ./iface_methods_compare.go:24:13
./iface_methods_compare.go:24:26:     from fmt.Println(... argument...) (call parameter) at ./iface_methods_compare.go:24:13
./iface_methods_compare.go:24:16: k == nil escapes to heap:
./iface_methods_compare.go:24:16:   flow: {storage for ... argument} = &{storage for k == nil}:
./iface_methods_compare.go:24:16:     from k == nil (spill) at ./iface_methods_compare.go:24:16
./iface_methods_compare.go:24:16:     from ... argument (slice-literal-element) at ./iface_methods_compare.go:24:13
./iface_methods_compare.go:24:16:   flow: {heap} = {storage for ... argument}:
./iface_methods_compare.go:24:16:     from ... argument (spill) at ./iface_methods_compare.go:24:13
./iface_methods_compare.go:24:16:     from fmt.Println(... argument...) (call parameter) at ./iface_methods_compare.go:24:13
./iface_methods_compare.go:22:16: i == j escapes to heap:
./iface_methods_compare.go:22:16:   flow: {storage for ... argument} = &{storage for i == j}:
./iface_methods_compare.go:22:16:     from i == j (spill) at ./iface_methods_compare.go:22:16
./iface_methods_compare.go:22:16:     from ... argument (slice-literal-element) at ./iface_methods_compare.go:22:13
./iface_methods_compare.go:22:16:   flow: {heap} = {storage for ... argument}:
./iface_methods_compare.go:22:16:     from ... argument (spill) at ./iface_methods_compare.go:22:13
./iface_methods_compare.go:22:16:     from fmt.Println(... argument...) (call parameter) at ./iface_methods_compare.go:22:13
./iface_methods_compare.go:20:43: i == A{...} escapes to heap:
./iface_methods_compare.go:20:43:   flow: {storage for ... argument} = &{storage for i == A{...}}:
./iface_methods_compare.go:20:43:     from i == A{...} (spill) at ./iface_methods_compare.go:20:43
./iface_methods_compare.go:20:43:     from ... argument (slice-literal-element) at ./iface_methods_compare.go:20:13
./iface_methods_compare.go:20:43:   flow: {heap} = {storage for ... argument}:
./iface_methods_compare.go:20:43:     from ... argument (spill) at ./iface_methods_compare.go:20:13
./iface_methods_compare.go:20:43:     from fmt.Println(... argument...) (call parameter) at ./iface_methods_compare.go:20:13
./iface_methods_compare.go:20:32: i == A{...} escapes to heap:
./iface_methods_compare.go:20:32:   flow: {storage for ... argument} = &{storage for i == A{...}}:
./iface_methods_compare.go:20:32:     from i == A{...} (spill) at ./iface_methods_compare.go:20:32
./iface_methods_compare.go:20:32:     from ... argument (slice-literal-element) at ./iface_methods_compare.go:20:13
./iface_methods_compare.go:20:32:   flow: {heap} = {storage for ... argument}:
./iface_methods_compare.go:20:32:     from ... argument (spill) at ./iface_methods_compare.go:20:13
./iface_methods_compare.go:20:32:     from fmt.Println(... argument...) (call parameter) at ./iface_methods_compare.go:20:13
./iface_methods_compare.go:20:24: i != j escapes to heap:
./iface_methods_compare.go:20:24:   flow: {storage for ... argument} = &{storage for i != j}:
./iface_methods_compare.go:20:24:     from i != j (spill) at ./iface_methods_compare.go:20:24
./iface_methods_compare.go:20:24:     from ... argument (slice-literal-element) at ./iface_methods_compare.go:20:13
./iface_methods_compare.go:20:24:   flow: {heap} = {storage for ... argument}:
./iface_methods_compare.go:20:24:     from ... argument (spill) at ./iface_methods_compare.go:20:13
./iface_methods_compare.go:20:24:     from fmt.Println(... argument...) (call parameter) at ./iface_methods_compare.go:20:13
./iface_methods_compare.go:20:16: i == j escapes to heap:
./iface_methods_compare.go:20:16:   flow: {storage for ... argument} = &{storage for i == j}:
./iface_methods_compare.go:20:16:     from i == j (spill) at ./iface_methods_compare.go:20:16
./iface_methods_compare.go:20:16:     from ... argument (slice-literal-element) at ./iface_methods_compare.go:20:13
./iface_methods_compare.go:20:16:   flow: {heap} = {storage for ... argument}:
./iface_methods_compare.go:20:16:     from ... argument (spill) at ./iface_methods_compare.go:20:13
./iface_methods_compare.go:20:16:     from fmt.Println(... argument...) (call parameter) at ./iface_methods_compare.go:20:13
./iface_methods_compare.go:19:22: A{...} does not escape
./iface_methods_compare.go:19:22: A{...} does not escape
./iface_methods_compare.go:20:13: ... argument does not escape
./iface_methods_compare.go:20:16: i == j escapes to heap
./iface_methods_compare.go:20:24: i != j escapes to heap
./iface_methods_compare.go:20:32: i == A{...} escapes to heap
./iface_methods_compare.go:20:43: i == A{...} escapes to heap
./iface_methods_compare.go:21:2: A{...} does not escape
./iface_methods_compare.go:22:13: ... argument does not escape
./iface_methods_compare.go:22:16: i == j escapes to heap
./iface_methods_compare.go:24:13: ... argument does not escape
./iface_methods_compare.go:24:16: k == nil escapes to heap
./iface_methods_compare.go:24:26: i == nil escapes to heap
./iface_methods_compare.go:24:36: k == i escapes to heap
./iface_methods_compare.go:27:13: ... argument does not escape
./iface_methods_compare.go:27:17: p1 == p2 escapes to heap
./iface_methods_compare.go:27:28: P.M(p1.(P)) escapes to heap
./iface_methods_compare.go:29:13: ... argument does not escape
./iface_methods_compare.go:29:16: e == A{...} escapes to heap
./iface_methods_compare.go:30:24: B{...} does not escape
./iface_methods_compare.go:30:18: B{...} does not escape
./iface_methods_compare.go:30:24: B{...} does not escape
./iface_methods_compare.go:30:24: B{...} does not escape
./iface_methods_compare.go:31:13: ... argument does not escape
./iface_methods_compare.go:31:18: B.M(b1.(B)) escapes to heap
./iface_methods_compare.go:32:13: ... argument does not escape
./iface_methods_compare.go:32:17: b1 == b2 escapes to heap
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.M() (call parameter) at <autogenerated>:1
