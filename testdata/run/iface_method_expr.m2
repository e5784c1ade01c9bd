./iface_method_expr.go:17:28: xs does not escape
./iface_method_expr.go:26:10: parameter g leaks to {heap} with derefs=0:
./iface_method_expr.go:26:10:   flow: {heap} = g:
./iface_method_expr.go:26:10:     from g.Get() (call parameter) at ./iface_method_expr.go:26:54
./iface_method_expr.go:26:10: leaking param: g
./iface_method_expr.go:30:7: p does not escape
./iface_method_expr.go:35:23: Val{...} escapes to heap:
./iface_method_expr.go:35:23:   flow: {heap} = &{storage for Val{...}}:
./iface_method_expr.go:35:23:     from Val{...} (spill) at ./iface_method_expr.go:35:23
./iface_method_expr.go:35:23:     from Adder.Add(Val{...}, 1) (call parameter) at ./iface_method_expr.go:35:19
./iface_method_expr.go:38:44: Val{...} escapes to heap:
./iface_method_expr.go:38:44:   flow: {heap} = &{storage for Val{...}}:
./iface_method_expr.go:38:44:     from Val{...} (spill) at ./iface_method_expr.go:38:44
./iface_method_expr.go:38:44:     from interface { Get() int }.Get(Val{...}) (call parameter) at ./iface_method_expr.go:38:40
./iface_method_expr.go:38:58: Val{...} escapes to heap:
./iface_method_expr.go:38:58:   flow: {heap} = &{storage for Val{...}}:
./iface_method_expr.go:38:58:     from Val{...} (spill) at ./iface_method_expr.go:38:58
./iface_method_expr.go:38:58:     from get(Val{...}) (call parameter) at ./iface_method_expr.go:38:54
./iface_method_expr.go:40:22: ... argument escapes to heap:
./iface_method_expr.go:40:22:   flow: {heap} = &{storage for ... argument}:
./iface_method_expr.go:40:22:     from ... argument (spill) at ./iface_method_expr.go:40:22
./iface_method_expr.go:40:22:     from Summer.Sum(s, 1, ... argument...) (call parameter) at ./iface_method_expr.go:40:22
./iface_method_expr.go:44:47: Val{...} escapes to heap:
./iface_method_expr.go:44:47:   flow: {heap} = &{storage for Val{...}}:
./iface_method_expr.go:44:47:     from Val{...} (spill) at ./iface_method_expr.go:44:47
./iface_method_expr.go:44:47:     from Adder.Add(Val{...}, 2) (call parameter) at ./iface_method_expr.go:44:43
./iface_method_expr.go:44:43: Adder.Add(Val{...}, 2) escapes to heap:
./iface_method_expr.go:44:43:   flow: {storage for ... argument} = &{storage for Adder.Add(Val{...}, 2)}:
./iface_method_expr.go:44:43:     from Adder.Add(Val{...}, 2) (spill) at ./iface_method_expr.go:44:43
./iface_method_expr.go:44:43:     from ... argument (slice-literal-element) at ./iface_method_expr.go:44:13
./iface_method_expr.go:44:43:   flow: {heap} = {storage for ... argument}:
./iface_method_expr.go:44:43:     from ... argument (spill) at ./iface_method_expr.go:44:13
./iface_method_expr.go:44:43:     from fmt.Println(... argument...) (call parameter) at ./iface_method_expr.go:44:13
./iface_method_expr.go:44:24: Summer.Add(s, 1) escapes to heap:
./iface_method_expr.go:44:24:   flow: {storage for ... argument} = &{storage for Summer.Add(s, 1)}:
./iface_method_expr.go:44:24:     from Summer.Add(s, 1) (spill) at ./iface_method_expr.go:44:24
./iface_method_expr.go:44:24:     from ... argument (slice-literal-element) at ./iface_method_expr.go:44:13
./iface_method_expr.go:44:24:   flow: {heap} = {storage for ... argument}:
./iface_method_expr.go:44:24:     from ... argument (spill) at ./iface_method_expr.go:44:13
./iface_method_expr.go:44:24:     from fmt.Println(... argument...) (call parameter) at ./iface_method_expr.go:44:13
./iface_method_expr.go:43:13: .autotmp_7 escapes to heap:
./iface_method_expr.go:43:13:   flow: {storage for ... argument} = &{storage for .autotmp_7}:
./iface_method_expr.go:43:13:     from .autotmp_7 (spill) at ./iface_method_expr.go:43:13
./iface_method_expr.go:43:13:     from ... argument (slice-literal-element) at ./iface_method_expr.go:43:13
./iface_method_expr.go:43:13:   flow: {heap} = {storage for ... argument}:
./iface_method_expr.go:43:13:     from ... argument (spill) at ./iface_method_expr.go:43:13
./iface_method_expr.go:43:13:     from fmt.Println(Summer.Sum(s, 0, xs...)) (call parameter) at ./iface_method_expr.go:43:13
./iface_method_expr.go:43:13: .autotmp_6 escapes to heap:
./iface_method_expr.go:43:13:   flow: {storage for ... argument} = &{storage for .autotmp_6}:
./iface_method_expr.go:43:13:     from .autotmp_6 (spill) at ./iface_method_expr.go:43:13
./iface_method_expr.go:43:13:     from ... argument (slice-literal-element) at ./iface_method_expr.go:43:13
./iface_method_expr.go:43:13:   flow: {heap} = {storage for ... argument}:
./iface_method_expr.go:43:13:     from ... argument (spill) at ./iface_method_expr.go:43:13
./iface_method_expr.go:43:13:     from fmt.Println(Summer.Sum(s, 0, xs...)) (call parameter) at ./iface_method_expr.go:43:13
./iface_method_expr.go:42:13: []int{...} escapes to heap:
./iface_method_expr.go:42:13:   flow: xs = &{storage for []int{...}}:
./iface_method_expr.go:42:13:     from []int{...} (spill) at ./iface_method_expr.go:42:13
./iface_method_expr.go:42:13:     from xs := []int{...} (assign) at ./iface_method_expr.go:42:5
./iface_method_expr.go:42:13:   flow: {heap} = xs:
./iface_method_expr.go:42:13:     from Summer.Sum(s, 0, xs...) (call parameter) at ./iface_method_expr.go:43:24
./iface_method_expr.go:41:13: who escapes to heap:
./iface_method_expr.go:41:13:   flow: {storage for ... argument} = &{storage for who}:
./iface_method_expr.go:41:13:     from who (spill) at ./iface_method_expr.go:41:13
./iface_method_expr.go:41:13:     from ... argument (slice-literal-element) at ./iface_method_expr.go:41:13
./iface_method_expr.go:41:13:   flow: {heap} = {storage for ... argument}:
./iface_method_expr.go:41:13:     from ... argument (spill) at ./iface_method_expr.go:41:13
./iface_method_expr.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./iface_method_expr.go:41:13
./iface_method_expr.go:41:13: n escapes to heap:
./iface_method_expr.go:41:13:   flow: {storage for ... argument} = &{storage for n}:
./iface_method_expr.go:41:13:     from n (spill) at ./iface_method_expr.go:41:13
./iface_method_expr.go:41:13:     from ... argument (slice-literal-element) at ./iface_method_expr.go:41:13
./iface_method_expr.go:41:13:   flow: {heap} = {storage for ... argument}:
./iface_method_expr.go:41:13:     from ... argument (spill) at ./iface_method_expr.go:41:13
./iface_method_expr.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./iface_method_expr.go:41:13
./iface_method_expr.go:39:20: Val{...} escapes to heap:
./iface_method_expr.go:39:20:   flow: s = &{storage for Val{...}}:
./iface_method_expr.go:39:20:     from Val{...} (spill) at ./iface_method_expr.go:39:20
./iface_method_expr.go:39:20:     from s = Val{...} (assign) at ./iface_method_expr.go:39:6
./iface_method_expr.go:39:20:   flow: {heap} = s:
./iface_method_expr.go:39:20:     from Summer.Sum(s, 1, ... argument...) (call parameter) at ./iface_method_expr.go:40:22
./iface_method_expr.go:38:54: get(Val{...}) escapes to heap:
./iface_method_expr.go:38:54:   flow: {storage for ... argument} = &{storage for get(Val{...})}:
./iface_method_expr.go:38:54:     from get(Val{...}) (spill) at ./iface_method_expr.go:38:54
./iface_method_expr.go:38:54:     from ... argument (slice-literal-element) at ./iface_method_expr.go:38:13
./iface_method_expr.go:38:54:   flow: {heap} = {storage for ... argument}:
./iface_method_expr.go:38:54:     from ... argument (spill) at ./iface_method_expr.go:38:13
./iface_method_expr.go:38:54:     from fmt.Println(... argument...) (call parameter) at ./iface_method_expr.go:38:13
./iface_method_expr.go:38:40: interface { Get() int }.Get(Val{...}) escapes to heap:
./iface_method_expr.go:38:40:   flow: {storage for ... argument} = &{storage for interface { Get() int }.Get(Val{...})}:
./iface_method_expr.go:38:40:     from interface { Get() int }.Get(Val{...}) (spill) at ./iface_method_expr.go:38:40
./iface_method_expr.go:38:40:     from ... argument (slice-literal-element) at ./iface_method_expr.go:38:13
./iface_method_expr.go:38:40:   flow: {heap} = {storage for ... argument}:
./iface_method_expr.go:38:40:     from ... argument (spill) at ./iface_method_expr.go:38:13
./iface_method_expr.go:38:40:     from fmt.Println(... argument...) (call parameter) at ./iface_method_expr.go:38:13
./iface_method_expr.go:36:7: &Acc{...} escapes to heap:
./iface_method_expr.go:36:7:   flow: p = &{storage for &Acc{...}}:
./iface_method_expr.go:36:7:     from &Acc{...} (spill) at ./iface_method_expr.go:36:7
./iface_method_expr.go:36:7:     from p := &Acc{...} (assign) at ./iface_method_expr.go:36:4
./iface_method_expr.go:36:7:   flow: {heap} = p:
./iface_method_expr.go:36:7:     from p (interface-converted) at ./iface_method_expr.go:37:19
./iface_method_expr.go:36:7:     from Adder.Add(p, 2) (call parameter) at ./iface_method_expr.go:37:19
./iface_method_expr.go:33:19: Val{...} escapes to heap:
./iface_method_expr.go:33:19:   flow: a = &{storage for Val{...}}:
./iface_method_expr.go:33:19:     from Val{...} (spill) at ./iface_method_expr.go:33:19
./iface_method_expr.go:33:19:     from a = Val{...} (assign) at ./iface_method_expr.go:33:6
./iface_method_expr.go:33:19:   flow: {heap} = a:
./iface_method_expr.go:33:19:     from Adder.Add(a, 4) (call parameter) at ./iface_method_expr.go:34:19
./iface_method_expr.go:33:19: Val{...} escapes to heap
./iface_method_expr.go:35:23: Val{...} escapes to heap
./iface_method_expr.go:36:7: &Acc{...} escapes to heap
./iface_method_expr.go:38:13: ... argument does not escape
./iface_method_expr.go:38:40: interface { Get() int }.Get(Val{...}) escapes to heap
./iface_method_expr.go:38:44: Val{...} escapes to heap
./iface_method_expr.go:38:54: get(Val{...}) escapes to heap
./iface_method_expr.go:38:58: Val{...} escapes to heap
./iface_method_expr.go:39:20: Val{...} escapes to heap
./iface_method_expr.go:40:22: ... argument escapes to heap
./iface_method_expr.go:41:13: ... argument does not escape
./iface_method_expr.go:41:13: n escapes to heap
./iface_method_expr.go:41:13: who escapes to heap
./iface_method_expr.go:42:13: []int{...} escapes to heap
./iface_method_expr.go:43:13: ... argument does not escape
./iface_method_expr.go:43:13: .autotmp_6 escapes to heap
./iface_method_expr.go:43:13: .autotmp_7 escapes to heap
./iface_method_expr.go:44:13: ... argument does not escape
./iface_method_expr.go:44:24: Summer.Add(s, 1) escapes to heap
./iface_method_expr.go:44:43: Adder.Add(Val{...}, 2) escapes to heap
./iface_method_expr.go:44:47: Val{...} escapes to heap
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Add(.anon0) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Get() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Add(.anon0) (call parameter) at <autogenerated>:1
./iface_method_expr.go:11:16: parameter xs leaks to {heap} with derefs=0:
./iface_method_expr.go:11:16:   flow: {heap} = xs:
./iface_method_expr.go:11:16:     from .this.Sum(base, xs...) (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Sum(base, xs...) (call parameter) at <autogenerated>:1
