./method_values.go:11:7: t does not escape
./method_values.go:19:7: b does not escape
./method_values.go:71:17: bad() escapes to heap:
./method_values.go:71:17:   flow: {storage for ... argument} = &{storage for bad()}:
./method_values.go:71:17:     from bad() (spill) at ./method_values.go:71:17
./method_values.go:71:17:     from ... argument (slice-literal-element) at ./method_values.go:71:13
./method_values.go:71:17:   flow: {heap} = {storage for ... argument}:
./method_values.go:71:17:     from ... argument (spill) at ./method_values.go:71:13
./method_values.go:71:17:     from fmt.Println(... argument...) (call parameter) at ./method_values.go:71:13
./method_values.go:69:17: np == nil escapes to heap:
./method_values.go:69:17:   flow: {storage for ... argument} = &{storage for np == nil}:
./method_values.go:69:17:     from np == nil (spill) at ./method_values.go:69:17
./method_values.go:69:17:     from ... argument (slice-literal-element) at ./method_values.go:69:13
./method_values.go:69:17:   flow: {heap} = {storage for ... argument}:
./method_values.go:69:17:     from ... argument (spill) at ./method_values.go:69:13
./method_values.go:69:17:     from fmt.Println(... argument...) (call parameter) at ./method_values.go:69:13
./method_values.go:65:18: getx(t) escapes to heap:
./method_values.go:65:18:   flow: {storage for ... argument} = &{storage for getx(t)}:
./method_values.go:65:18:     from getx(t) (spill) at ./method_values.go:65:18
./method_values.go:65:18:     from ... argument (slice-literal-element) at ./method_values.go:65:13
./method_values.go:65:18:   flow: {heap} = {storage for ... argument}:
./method_values.go:65:18:     from ... argument (spill) at ./method_values.go:65:13
./method_values.go:65:18:     from fmt.Println(... argument...) (call parameter) at ./method_values.go:65:13
./method_values.go:60:16: f() escapes to heap:
./method_values.go:60:16:   flow: {storage for ... argument} = &{storage for f()}:
./method_values.go:60:16:     from f() (spill) at ./method_values.go:60:16
./method_values.go:60:16:     from ... argument (slice-literal-element) at ./method_values.go:60:14
./method_values.go:60:16:   flow: {heap} = {storage for ... argument}:
./method_values.go:60:16:     from ... argument (spill) at ./method_values.go:60:14
./method_values.go:60:16:     from fmt.Println(... argument...) (call parameter) at ./method_values.go:60:14
./method_values.go:57:13: tt escapes to heap:
./method_values.go:57:13:   flow: {storage for ... argument} = &{storage for tt}:
./method_values.go:57:13:     from tt (spill) at ./method_values.go:57:13
./method_values.go:57:13:     from ... argument (slice-literal-element) at ./method_values.go:57:13
./method_values.go:57:13:   flow: {heap} = {storage for ... argument}:
./method_values.go:57:13:     from ... argument (spill) at ./method_values.go:57:13
./method_values.go:57:13:     from fmt.Println(... argument...) (call parameter) at ./method_values.go:57:13
./method_values.go:57:13: n escapes to heap:
./method_values.go:57:13:   flow: {storage for ... argument} = &{storage for n}:
./method_values.go:57:13:     from n (spill) at ./method_values.go:57:13
./method_values.go:57:13:     from ... argument (slice-literal-element) at ./method_values.go:57:13
./method_values.go:57:13:   flow: {heap} = {storage for ... argument}:
./method_values.go:57:13:     from ... argument (spill) at ./method_values.go:57:13
./method_values.go:57:13:     from fmt.Println(... argument...) (call parameter) at ./method_values.go:57:13
./method_values.go:54:15: v() escapes to heap:
./method_values.go:54:15:   flow: {storage for ... argument} = &{storage for v()}:
./method_values.go:54:15:     from v() (spill) at ./method_values.go:54:15
./method_values.go:54:15:     from ... argument (slice-literal-element) at ./method_values.go:54:13
./method_values.go:54:15:   flow: {heap} = {storage for ... argument}:
./method_values.go:54:15:     from ... argument (spill) at ./method_values.go:54:13
./method_values.go:54:15:     from fmt.Println(... argument...) (call parameter) at ./method_values.go:54:13
./method_values.go:51:17: sum(1) escapes to heap:
./method_values.go:51:17:   flow: {storage for ... argument} = &{storage for sum(1)}:
./method_values.go:51:17:     from sum(1) (spill) at ./method_values.go:51:17
./method_values.go:51:17:     from ... argument (slice-literal-element) at ./method_values.go:51:13
./method_values.go:51:17:   flow: {heap} = {storage for ... argument}:
./method_values.go:51:17:     from ... argument (spill) at ./method_values.go:51:13
./method_values.go:51:17:     from fmt.Println(... argument...) (call parameter) at ./method_values.go:51:13
./method_values.go:46:16: g2() escapes to heap:
./method_values.go:46:16:   flow: {storage for ... argument} = &{storage for g2()}:
./method_values.go:46:16:     from g2() (spill) at ./method_values.go:46:16
./method_values.go:46:16:     from ... argument (slice-literal-element) at ./method_values.go:46:13
./method_values.go:46:16:   flow: {heap} = {storage for ... argument}:
./method_values.go:46:16:     from ... argument (spill) at ./method_values.go:46:13
./method_values.go:46:16:     from fmt.Println(... argument...) (call parameter) at ./method_values.go:46:13
./method_values.go:42:22: t.n escapes to heap:
./method_values.go:42:22:   flow: {storage for ... argument} = &{storage for t.n}:
./method_values.go:42:22:     from t.n (spill) at ./method_values.go:42:22
./method_values.go:42:22:     from ... argument (slice-literal-element) at ./method_values.go:42:13
./method_values.go:42:22:   flow: {heap} = {storage for ... argument}:
./method_values.go:42:22:     from ... argument (spill) at ./method_values.go:42:13
./method_values.go:42:22:     from fmt.Println(... argument...) (call parameter) at ./method_values.go:42:13
./method_values.go:42:17: get() escapes to heap:
./method_values.go:42:17:   flow: {storage for ... argument} = &{storage for get()}:
./method_values.go:42:17:     from get() (spill) at ./method_values.go:42:17
./method_values.go:42:17:     from ... argument (slice-literal-element) at ./method_values.go:42:13
./method_values.go:42:17:   flow: {heap} = {storage for ... argument}:
./method_values.go:42:17:     from ... argument (spill) at ./method_values.go:42:13
./method_values.go:42:17:     from fmt.Println(... argument...) (call parameter) at ./method_values.go:42:13
./method_values.go:38:10: t.Get does not escape
./method_values.go:39:10: t.Inc does not escape
./method_values.go:42:13: ... argument does not escape
./method_values.go:42:17: get() escapes to heap
./method_values.go:42:22: t.n escapes to heap
./method_values.go:44:9: p.Get does not escape
./method_values.go:46:13: ... argument does not escape
./method_values.go:46:16: g2() escapes to heap
./method_values.go:49:10: b.Sum does not escape
./method_values.go:51:13: ... argument does not escape
./method_values.go:51:17: sum(1) escapes to heap
./method_values.go:53:8: o.Inner.V does not escape
./method_values.go:54:13: ... argument does not escape
./method_values.go:54:15: v() escapes to heap
./method_values.go:55:11: t.Pair does not escape
./method_values.go:57:13: ... argument does not escape
./method_values.go:57:13: n escapes to heap
./method_values.go:57:13: tt escapes to heap
./method_values.go:58:20: []func() int{...} does not escape
./method_values.go:58:22: t.Get does not escape
./method_values.go:58:29: o.Inner.V does not escape
./method_values.go:60:14: ... argument does not escape
./method_values.go:60:16: f() escapes to heap
./method_values.go:65:13: ... argument does not escape
./method_values.go:65:18: getx(t) escapes to heap
./method_values.go:67:12: func literal does not escape
./method_values.go:69:13: ... argument does not escape
./method_values.go:69:17: np == nil escapes to heap
./method_values.go:70:11: np.Get does not escape
./method_values.go:71:13: ... argument does not escape
./method_values.go:71:17: bad() escapes to heap
