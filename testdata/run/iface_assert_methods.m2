./iface_assert_methods.go:14:54: t.n escapes to heap:
./iface_assert_methods.go:14:54:   flow: {storage for ... argument} = &{storage for t.n}:
./iface_assert_methods.go:14:54:     from t.n (spill) at ./iface_assert_methods.go:14:54
./iface_assert_methods.go:14:54:     from ... argument (slice-literal-element) at ./iface_assert_methods.go:14:47
./iface_assert_methods.go:14:54:   flow: {heap} = {storage for ... argument}:
./iface_assert_methods.go:14:54:     from ... argument (spill) at ./iface_assert_methods.go:14:47
./iface_assert_methods.go:14:54:     from fmt.Sprint(... argument...) (call parameter) at ./iface_assert_methods.go:14:47
./iface_assert_methods.go:14:48: "T" escapes to heap:
./iface_assert_methods.go:14:48:   flow: {storage for ... argument} = &{storage for "T"}:
./iface_assert_methods.go:14:48:     from "T" (spill) at ./iface_assert_methods.go:14:48
./iface_assert_methods.go:14:48:     from ... argument (slice-literal-element) at ./iface_assert_methods.go:14:47
./iface_assert_methods.go:14:48:   flow: {heap} = {storage for ... argument}:
./iface_assert_methods.go:14:48:     from ... argument (spill) at ./iface_assert_methods.go:14:47
./iface_assert_methods.go:14:48:     from fmt.Sprint(... argument...) (call parameter) at ./iface_assert_methods.go:14:47
./iface_assert_methods.go:14:47: ... argument does not escape
./iface_assert_methods.go:14:48: "T" escapes to heap
./iface_assert_methods.go:14:54: t.n escapes to heap
./iface_assert_methods.go:15:7: t does not escape
./iface_assert_methods.go:23:64: b.a + b.b + b.c escapes to heap:
./iface_assert_methods.go:23:64:   flow: {storage for ... argument} = &{storage for b.a + b.b + b.c}:
./iface_assert_methods.go:23:64:     from b.a + b.b + b.c (spill) at ./iface_assert_methods.go:23:64
./iface_assert_methods.go:23:64:     from ... argument (slice-literal-element) at ./iface_assert_methods.go:23:49
./iface_assert_methods.go:23:64:   flow: {heap} = {storage for ... argument}:
./iface_assert_methods.go:23:64:     from ... argument (spill) at ./iface_assert_methods.go:23:49
./iface_assert_methods.go:23:64:     from fmt.Sprint(... argument...) (call parameter) at ./iface_assert_methods.go:23:49
./iface_assert_methods.go:23:50: "big" escapes to heap:
./iface_assert_methods.go:23:50:   flow: {storage for ... argument} = &{storage for "big"}:
./iface_assert_methods.go:23:50:     from "big" (spill) at ./iface_assert_methods.go:23:50
./iface_assert_methods.go:23:50:     from ... argument (slice-literal-element) at ./iface_assert_methods.go:23:49
./iface_assert_methods.go:23:50:   flow: {heap} = {storage for ... argument}:
./iface_assert_methods.go:23:50:     from ... argument (spill) at ./iface_assert_methods.go:23:49
./iface_assert_methods.go:23:50:     from fmt.Sprint(... argument...) (call parameter) at ./iface_assert_methods.go:23:49
./iface_assert_methods.go:23:49: ... argument does not escape
./iface_assert_methods.go:23:50: "big" escapes to heap
./iface_assert_methods.go:23:64: b.a + b.b + b.c escapes to heap
./iface_assert_methods.go:26:11: parameter x leaks to {heap} with derefs=0:
./iface_assert_methods.go:26:11:   flow: n = x:
./iface_assert_methods.go:26:11:     from x.(Namer) (dot) at ./iface_assert_methods.go:32:15
./iface_assert_methods.go:26:11:     from n, ok := x.(Namer) (assign-pair-dot-type) at ./iface_assert_methods.go:32:11
./iface_assert_methods.go:26:11:   flow: {heap} = n:
./iface_assert_methods.go:26:11:     from n.Name() (call parameter) at ./iface_assert_methods.go:33:31
./iface_assert_methods.go:33:43: n.String() escapes to heap:
./iface_assert_methods.go:33:43:   flow: {storage for ... argument} = &{storage for n.String()}:
./iface_assert_methods.go:33:43:     from n.String() (spill) at ./iface_assert_methods.go:33:43
./iface_assert_methods.go:33:43:     from ... argument (slice-literal-element) at ./iface_assert_methods.go:33:14
./iface_assert_methods.go:33:43:   flow: {heap} = {storage for ... argument}:
./iface_assert_methods.go:33:43:     from ... argument (spill) at ./iface_assert_methods.go:33:14
./iface_assert_methods.go:33:43:     from fmt.Println(... argument...) (call parameter) at ./iface_assert_methods.go:33:14
./iface_assert_methods.go:33:31: n.Name() escapes to heap:
./iface_assert_methods.go:33:31:   flow: {storage for ... argument} = &{storage for n.Name()}:
./iface_assert_methods.go:33:31:     from n.Name() (spill) at ./iface_assert_methods.go:33:31
./iface_assert_methods.go:33:31:     from ... argument (slice-literal-element) at ./iface_assert_methods.go:33:14
./iface_assert_methods.go:33:31:   flow: {heap} = {storage for ... argument}:
./iface_assert_methods.go:33:31:     from ... argument (spill) at ./iface_assert_methods.go:33:14
./iface_assert_methods.go:33:31:     from fmt.Println(... argument...) (call parameter) at ./iface_assert_methods.go:33:14
./iface_assert_methods.go:33:15: "namer:" escapes to heap:
./iface_assert_methods.go:33:15:   flow: {storage for ... argument} = &{storage for "namer:"}:
./iface_assert_methods.go:33:15:     from "namer:" (spill) at ./iface_assert_methods.go:33:15
./iface_assert_methods.go:33:15:     from ... argument (slice-literal-element) at ./iface_assert_methods.go:33:14
./iface_assert_methods.go:33:15:   flow: {heap} = {storage for ... argument}:
./iface_assert_methods.go:33:15:     from ... argument (spill) at ./iface_assert_methods.go:33:14
./iface_assert_methods.go:33:15:     from fmt.Println(... argument...) (call parameter) at ./iface_assert_methods.go:33:14
./iface_assert_methods.go:30:15: "not a stringer" escapes to heap:
./iface_assert_methods.go:30:15:   flow: {storage for ... argument} = &{storage for "not a stringer"}:
./iface_assert_methods.go:30:15:     from "not a stringer" (spill) at ./iface_assert_methods.go:30:15
./iface_assert_methods.go:30:15:     from ... argument (slice-literal-element) at ./iface_assert_methods.go:30:14
./iface_assert_methods.go:30:15:   flow: {heap} = {storage for ... argument}:
./iface_assert_methods.go:30:15:     from ... argument (spill) at ./iface_assert_methods.go:30:14
./iface_assert_methods.go:30:15:     from fmt.Println(... argument...) (call parameter) at ./iface_assert_methods.go:30:14
./iface_assert_methods.go:28:36: s.String() escapes to heap:
./iface_assert_methods.go:28:36:   flow: {storage for ... argument} = &{storage for s.String()}:
./iface_assert_methods.go:28:36:     from s.String() (spill) at ./iface_assert_methods.go:28:36
./iface_assert_methods.go:28:36:     from ... argument (slice-literal-element) at ./iface_assert_methods.go:28:14
./iface_assert_methods.go:28:36:   flow: {heap} = {storage for ... argument}:
./iface_assert_methods.go:28:36:     from ... argument (spill) at ./iface_assert_methods.go:28:14
./iface_assert_methods.go:28:36:     from fmt.Println(... argument...) (call parameter) at ./iface_assert_methods.go:28:14
./iface_assert_methods.go:28:15: "stringer:" escapes to heap:
./iface_assert_methods.go:28:15:   flow: {storage for ... argument} = &{storage for "stringer:"}:
./iface_assert_methods.go:28:15:     from "stringer:" (spill) at ./iface_assert_methods.go:28:15
./iface_assert_methods.go:28:15:     from ... argument (slice-literal-element) at ./iface_assert_methods.go:28:14
./iface_assert_methods.go:28:15:   flow: {heap} = {storage for ... argument}:
./iface_assert_methods.go:28:15:     from ... argument (spill) at ./iface_assert_methods.go:28:14
./iface_assert_methods.go:28:15:     from fmt.Println(... argument...) (call parameter) at ./iface_assert_methods.go:28:14
./iface_assert_methods.go:26:11: leaking param: x
./iface_assert_methods.go:28:14: ... argument does not escape
./iface_assert_methods.go:28:15: "stringer:" escapes to heap
./iface_assert_methods.go:28:36: s.String() escapes to heap
./iface_assert_methods.go:30:14: ... argument does not escape
./iface_assert_methods.go:30:15: "not a stringer" escapes to heap
./iface_assert_methods.go:33:14: ... argument does not escape
./iface_assert_methods.go:33:15: "namer:" escapes to heap
./iface_assert_methods.go:33:31: n.Name() escapes to heap
./iface_assert_methods.go:33:43: n.String() escapes to heap
./iface_assert_methods.go:37:17: parameter n leaks to ~r0 with derefs=0:
./iface_assert_methods.go:37:17:   flow: ~r0 = n:
./iface_assert_methods.go:37:17:     from n (interface-converted) at ./iface_assert_methods.go:37:44
./iface_assert_methods.go:37:17:     from return n (return) at ./iface_assert_methods.go:37:37
./iface_assert_methods.go:37:17: leaking param: n to result ~r0 level=0
./iface_assert_methods.go:40:7: 1 escapes to heap:
./iface_assert_methods.go:40:7:   flow: {heap} = &{storage for 1}:
./iface_assert_methods.go:40:7:     from 1 (spill) at ./iface_assert_methods.go:40:7
./iface_assert_methods.go:40:7:     from show(1) (call parameter) at ./iface_assert_methods.go:40:6
./iface_assert_methods.go:41:8: T{...} escapes to heap:
./iface_assert_methods.go:41:8:   flow: {heap} = &{storage for T{...}}:
./iface_assert_methods.go:41:8:     from T{...} (spill) at ./iface_assert_methods.go:41:8
./iface_assert_methods.go:41:8:     from show(T{...}) (call parameter) at ./iface_assert_methods.go:41:6
./iface_assert_methods.go:42:7: &T{...} escapes to heap:
./iface_assert_methods.go:42:7:   flow: {heap} = &{storage for &T{...}}:
./iface_assert_methods.go:42:7:     from &T{...} (spill) at ./iface_assert_methods.go:42:7
./iface_assert_methods.go:42:7:     from &T{...} (interface-converted) at ./iface_assert_methods.go:42:7
./iface_assert_methods.go:42:7:     from show(&T{...}) (call parameter) at ./iface_assert_methods.go:42:6
./iface_assert_methods.go:43:8: U(5) escapes to heap:
./iface_assert_methods.go:43:8:   flow: {heap} = &{storage for U(5)}:
./iface_assert_methods.go:43:8:     from U(5) (spill) at ./iface_assert_methods.go:43:8
./iface_assert_methods.go:43:8:     from show(U(5)) (call parameter) at ./iface_assert_methods.go:43:6
./iface_assert_methods.go:44:10: big{...} escapes to heap:
./iface_assert_methods.go:44:10:   flow: {heap} = &{storage for big{...}}:
./iface_assert_methods.go:44:10:     from big{...} (spill) at ./iface_assert_methods.go:44:10
./iface_assert_methods.go:44:10:     from show(big{...}) (call parameter) at ./iface_assert_methods.go:44:6
./iface_assert_methods.go:69:17: &T{...} escapes to heap:
./iface_assert_methods.go:69:17:   flow: st = &{storage for &T{...}}:
./iface_assert_methods.go:69:17:     from &T{...} (spill) at ./iface_assert_methods.go:69:17
./iface_assert_methods.go:69:17:     from Stringer(&T{...}) (interface-converted) at ./iface_assert_methods.go:69:16
./iface_assert_methods.go:69:17:     from st := Stringer(&T{...}) (assign) at ./iface_assert_methods.go:69:5
./iface_assert_methods.go:69:17:   flow: {heap} = st:
./iface_assert_methods.go:69:17:     from st.(Namer) (dot) at ./iface_assert_methods.go:70:16
./iface_assert_methods.go:69:17:     from st.(Namer).Name() (call parameter) at ./iface_assert_methods.go:70:29
./iface_assert_methods.go:70:29: st.(Namer).Name() escapes to heap:
./iface_assert_methods.go:70:29:   flow: {storage for ... argument} = &{storage for st.(Namer).Name()}:
./iface_assert_methods.go:70:29:     from st.(Namer).Name() (spill) at ./iface_assert_methods.go:70:29
./iface_assert_methods.go:70:29:     from ... argument (slice-literal-element) at ./iface_assert_methods.go:70:13
./iface_assert_methods.go:70:29:   flow: {heap} = {storage for ... argument}:
./iface_assert_methods.go:70:29:     from ... argument (spill) at ./iface_assert_methods.go:70:13
./iface_assert_methods.go:70:29:     from fmt.Println(... argument...) (call parameter) at ./iface_assert_methods.go:70:13
./iface_assert_methods.go:68:13: ok escapes to heap:
./iface_assert_methods.go:68:13:   flow: {storage for ... argument} = &{storage for ok}:
./iface_assert_methods.go:68:13:     from ok (spill) at ./iface_assert_methods.go:68:13
./iface_assert_methods.go:68:13:     from ... argument (slice-literal-element) at ./iface_assert_methods.go:68:13
./iface_assert_methods.go:68:13:   flow: {heap} = {storage for ... argument}:
./iface_assert_methods.go:68:13:     from ... argument (spill) at ./iface_assert_methods.go:68:13
./iface_assert_methods.go:68:13:     from fmt.Println(... argument...) (call parameter) at ./iface_assert_methods.go:68:13
./iface_assert_methods.go:64:43: a == Stringer(U(1)) escapes to heap:
./iface_assert_methods.go:64:43:   flow: {storage for ... argument} = &{storage for a == Stringer(U(1))}:
./iface_assert_methods.go:64:43:     from a == Stringer(U(1)) (spill) at ./iface_assert_methods.go:64:43
./iface_assert_methods.go:64:43:     from ... argument (slice-literal-element) at ./iface_assert_methods.go:64:13
./iface_assert_methods.go:64:43:   flow: {heap} = {storage for ... argument}:
./iface_assert_methods.go:64:43:     from ... argument (spill) at ./iface_assert_methods.go:64:13
./iface_assert_methods.go:64:43:     from fmt.Println(... argument...) (call parameter) at ./iface_assert_methods.go:64:13
./iface_assert_methods.go:64:24: c == big{...} escapes to heap:
./iface_assert_methods.go:64:24:   flow: {storage for ... argument} = &{storage for c == big{...}}:
./iface_assert_methods.go:64:24:     from c == big{...} (spill) at ./iface_assert_methods.go:64:24
./iface_assert_methods.go:64:24:     from ... argument (slice-literal-element) at ./iface_assert_methods.go:64:13
./iface_assert_methods.go:64:24:   flow: {heap} = {storage for ... argument}:
./iface_assert_methods.go:64:24:     from ... argument (spill) at ./iface_assert_methods.go:64:13
./iface_assert_methods.go:64:24:     from fmt.Println(... argument...) (call parameter) at ./iface_assert_methods.go:64:13
./iface_assert_methods.go:64:16: a == c escapes to heap:
./iface_assert_methods.go:64:16:   flow: {storage for ... argument} = &{storage for a == c}:
./iface_assert_methods.go:64:16:     from a == c (spill) at ./iface_assert_methods.go:64:16
./iface_assert_methods.go:64:16:     from ... argument (slice-literal-element) at ./iface_assert_methods.go:64:13
./iface_assert_methods.go:64:16:   flow: {heap} = {storage for ... argument}:
./iface_assert_methods.go:64:16:     from ... argument (spill) at ./iface_assert_methods.go:64:13
./iface_assert_methods.go:64:16:     from fmt.Println(... argument...) (call parameter) at ./iface_assert_methods.go:64:13
./iface_assert_methods.go:59:17: ok escapes to heap:
./iface_assert_methods.go:59:17:   flow: {storage for ... argument} = &{storage for ok}:
./iface_assert_methods.go:59:17:     from ok (spill) at ./iface_assert_methods.go:59:17
./iface_assert_methods.go:59:17:     from ... argument (slice-literal-element) at ./iface_assert_methods.go:59:13
./iface_assert_methods.go:59:17:   flow: {heap} = {storage for ... argument}:
./iface_assert_methods.go:59:17:     from ... argument (spill) at ./iface_assert_methods.go:59:13
./iface_assert_methods.go:59:17:     from fmt.Println(... argument...) (call parameter) at ./iface_assert_methods.go:59:13
./iface_assert_methods.go:59:17: n5 == nil escapes to heap:
./iface_assert_methods.go:59:17:   flow: {storage for ... argument} = &{storage for n5 == nil}:
./iface_assert_methods.go:59:17:     from n5 == nil (spill) at ./iface_assert_methods.go:59:17
./iface_assert_methods.go:59:17:     from ... argument (slice-literal-element) at ./iface_assert_methods.go:59:13
./iface_assert_methods.go:59:17:   flow: {heap} = {storage for ... argument}:
./iface_assert_methods.go:59:17:     from ... argument (spill) at ./iface_assert_methods.go:59:13
./iface_assert_methods.go:59:17:     from fmt.Println(... argument...) (call parameter) at ./iface_assert_methods.go:59:13
./iface_assert_methods.go:56:17: ok escapes to heap:
./iface_assert_methods.go:56:17:   flow: {storage for ... argument} = &{storage for ok}:
./iface_assert_methods.go:56:17:     from ok (spill) at ./iface_assert_methods.go:56:17
./iface_assert_methods.go:56:17:     from ... argument (slice-literal-element) at ./iface_assert_methods.go:56:13
./iface_assert_methods.go:56:17:   flow: {heap} = {storage for ... argument}:
./iface_assert_methods.go:56:17:     from ... argument (spill) at ./iface_assert_methods.go:56:13
./iface_assert_methods.go:56:17:     from fmt.Println(... argument...) (call parameter) at ./iface_assert_methods.go:56:13
./iface_assert_methods.go:56:17: n4 != nil escapes to heap:
./iface_assert_methods.go:56:17:   flow: {storage for ... argument} = &{storage for n4 != nil}:
./iface_assert_methods.go:56:17:     from n4 != nil (spill) at ./iface_assert_methods.go:56:17
./iface_assert_methods.go:56:17:     from ... argument (slice-literal-element) at ./iface_assert_methods.go:56:13
./iface_assert_methods.go:56:17:   flow: {heap} = {storage for ... argument}:
./iface_assert_methods.go:56:17:     from ... argument (spill) at ./iface_assert_methods.go:56:13
./iface_assert_methods.go:56:17:     from fmt.Println(... argument...) (call parameter) at ./iface_assert_methods.go:56:13
./iface_assert_methods.go:52:16: Stringer(big{...}) escapes to heap:
./iface_assert_methods.go:52:16:   flow: s3 = &{storage for Stringer(big{...})}:
./iface_assert_methods.go:52:16:     from Stringer(big{...}) (spill) at ./iface_assert_methods.go:52:16
./iface_assert_methods.go:52:16:     from s3 := Stringer(big{...}) (assign) at ./iface_assert_methods.go:52:5
./iface_assert_methods.go:52:16:   flow: n3 = s3:
./iface_assert_methods.go:52:16:     from s3.(Namer) (dot) at ./iface_assert_methods.go:53:10
./iface_assert_methods.go:52:16:     from n3 := s3.(Namer) (assign) at ./iface_assert_methods.go:53:5
./iface_assert_methods.go:52:16:   flow: {heap} = n3:
./iface_assert_methods.go:52:16:     from n3.Name() (call parameter) at ./iface_assert_methods.go:54:21
./iface_assert_methods.go:54:34: n3.String() escapes to heap:
./iface_assert_methods.go:54:34:   flow: {storage for ... argument} = &{storage for n3.String()}:
./iface_assert_methods.go:54:34:     from n3.String() (spill) at ./iface_assert_methods.go:54:34
./iface_assert_methods.go:54:34:     from ... argument (slice-literal-element) at ./iface_assert_methods.go:54:13
./iface_assert_methods.go:54:34:   flow: {heap} = {storage for ... argument}:
./iface_assert_methods.go:54:34:     from ... argument (spill) at ./iface_assert_methods.go:54:13
./iface_assert_methods.go:54:34:     from fmt.Println(... argument...) (call parameter) at ./iface_assert_methods.go:54:13
./iface_assert_methods.go:54:21: n3.Name() escapes to heap:
./iface_assert_methods.go:54:21:   flow: {storage for ... argument} = &{storage for n3.Name()}:
./iface_assert_methods.go:54:21:     from n3.Name() (spill) at ./iface_assert_methods.go:54:21
./iface_assert_methods.go:54:21:     from ... argument (slice-literal-element) at ./iface_assert_methods.go:54:13
./iface_assert_methods.go:54:21:   flow: {heap} = {storage for ... argument}:
./iface_assert_methods.go:54:21:     from ... argument (spill) at ./iface_assert_methods.go:54:13
./iface_assert_methods.go:54:21:     from fmt.Println(... argument...) (call parameter) at ./iface_assert_methods.go:54:13
./iface_assert_methods.go:51:17: s2 == nil escapes to heap:
./iface_assert_methods.go:51:17:   flow: {storage for ... argument} = &{storage for s2 == nil}:
./iface_assert_methods.go:51:17:     from s2 == nil (spill) at ./iface_assert_methods.go:51:17
./iface_assert_methods.go:51:17:     from ... argument (slice-literal-element) at ./iface_assert_methods.go:51:13
./iface_assert_methods.go:51:17:   flow: {heap} = {storage for ... argument}:
./iface_assert_methods.go:51:17:     from ... argument (spill) at ./iface_assert_methods.go:51:13
./iface_assert_methods.go:51:17:     from fmt.Println(... argument...) (call parameter) at ./iface_assert_methods.go:51:13
./iface_assert_methods.go:46:16: &T{...} escapes to heap:
./iface_assert_methods.go:46:16:   flow: n = &{storage for &T{...}}:
./iface_assert_methods.go:46:16:     from &T{...} (spill) at ./iface_assert_methods.go:46:16
./iface_assert_methods.go:46:16:     from &T{...} (interface-converted) at ./iface_assert_methods.go:46:18
./iface_assert_methods.go:46:16:     from n = &T{...} (assign) at ./iface_assert_methods.go:46:6
./iface_assert_methods.go:46:16:   flow: s = n:
./iface_assert_methods.go:46:16:     from toStringer(n) (call parameter) at ./iface_assert_methods.go:47:17
./iface_assert_methods.go:46:16:     from s := toStringer(n) (assign) at ./iface_assert_methods.go:47:4
./iface_assert_methods.go:46:16:   flow: {heap} = s:
./iface_assert_methods.go:46:16:     from s.String() (call parameter) at ./iface_assert_methods.go:48:22
./iface_assert_methods.go:48:22: s.String() escapes to heap:
./iface_assert_methods.go:48:22:   flow: {storage for ... argument} = &{storage for s.String()}:
./iface_assert_methods.go:48:22:     from s.String() (spill) at ./iface_assert_methods.go:48:22
./iface_assert_methods.go:48:22:     from ... argument (slice-literal-element) at ./iface_assert_methods.go:48:13
./iface_assert_methods.go:48:22:   flow: {heap} = {storage for ... argument}:
./iface_assert_methods.go:48:22:     from ... argument (spill) at ./iface_assert_methods.go:48:13
./iface_assert_methods.go:48:22:     from fmt.Println(... argument...) (call parameter) at ./iface_assert_methods.go:48:13
./iface_assert_methods.go:40:7: 1 escapes to heap
./iface_assert_methods.go:41:8: T{...} escapes to heap
./iface_assert_methods.go:42:7: &T{...} escapes to heap
./iface_assert_methods.go:43:8: U(5) escapes to heap
./iface_assert_methods.go:44:10: big{...} escapes to heap
./iface_assert_methods.go:46:16: &T{...} escapes to heap
./iface_assert_methods.go:48:13: ... argument does not escape
./iface_assert_methods.go:48:22: s.String() escapes to heap
./iface_assert_methods.go:51:13: ... argument does not escape
./iface_assert_methods.go:51:17: s2 == nil escapes to heap
./iface_assert_methods.go:52:16: Stringer(big{...}) escapes to heap
./iface_assert_methods.go:54:13: ... argument does not escape
./iface_assert_methods.go:54:21: n3.Name() escapes to heap
./iface_assert_methods.go:54:34: n3.String() escapes to heap
./iface_assert_methods.go:56:13: ... argument does not escape
./iface_assert_methods.go:56:17: n4 != nil escapes to heap
./iface_assert_methods.go:56:17: ok escapes to heap
./iface_assert_methods.go:57:6: U(1) does not escape
./iface_assert_methods.go:59:13: ... argument does not escape
./iface_assert_methods.go:59:17: n5 == nil escapes to heap
./iface_assert_methods.go:59:17: ok escapes to heap
./iface_assert_methods.go:61:22: big{...} does not escape
./iface_assert_methods.go:62:25: big{...} does not escape
./iface_assert_methods.go:64:13: ... argument does not escape
./iface_assert_methods.go:64:16: a == c escapes to heap
./iface_assert_methods.go:64:24: c == big{...} escapes to heap
./iface_assert_methods.go:64:43: a == Stringer(U(1)) escapes to heap
./iface_assert_methods.go:64:54: Stringer(U(1)) does not escape
./iface_assert_methods.go:68:13: ... argument does not escape
./iface_assert_methods.go:68:13: ok escapes to heap
./iface_assert_methods.go:69:17: &T{...} escapes to heap
./iface_assert_methods.go:70:13: ... argument does not escape
./iface_assert_methods.go:70:29: st.(Namer).Name() escapes to heap
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.Name() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.String() (call parameter) at <autogenerated>:1
<autogenerated>:1: parameter .this leaks to {heap} with derefs=0:
<autogenerated>:1:   flow: {heap} = .this:
<autogenerated>:1:     from .this.String() (call parameter) at <autogenerated>:1
