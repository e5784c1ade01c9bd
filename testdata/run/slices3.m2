./slices3.go:41:44: cap(a[:j:k]) escapes to heap:
./slices3.go:41:44:   flow: {storage for ... argument} = &{storage for cap(a[:j:k])}:
./slices3.go:41:44:     from cap(a[:j:k]) (spill) at ./slices3.go:41:44
./slices3.go:41:44:     from ... argument (slice-literal-element) at ./slices3.go:41:13
./slices3.go:41:44:   flow: {heap} = {storage for ... argument}:
./slices3.go:41:44:     from ... argument (spill) at ./slices3.go:41:13
./slices3.go:41:44:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:41:13
./slices3.go:41:33: a[:j:k] escapes to heap:
./slices3.go:41:33:   flow: {storage for ... argument} = &{storage for a[:j:k]}:
./slices3.go:41:33:     from a[:j:k] (spill) at ./slices3.go:41:33
./slices3.go:41:33:     from ... argument (slice-literal-element) at ./slices3.go:41:13
./slices3.go:41:33:   flow: {heap} = {storage for ... argument}:
./slices3.go:41:33:     from ... argument (spill) at ./slices3.go:41:13
./slices3.go:41:33:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:41:13
./slices3.go:41:25: a[i:j] escapes to heap:
./slices3.go:41:25:   flow: {storage for ... argument} = &{storage for a[i:j]}:
./slices3.go:41:25:     from a[i:j] (spill) at ./slices3.go:41:25
./slices3.go:41:25:     from ... argument (slice-literal-element) at ./slices3.go:41:13
./slices3.go:41:25:   flow: {heap} = {storage for ... argument}:
./slices3.go:41:25:     from ... argument (spill) at ./slices3.go:41:13
./slices3.go:41:25:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:41:13
./slices3.go:41:15: a[i:j:k] escapes to heap:
./slices3.go:41:15:   flow: {storage for ... argument} = &{storage for a[i:j:k]}:
./slices3.go:41:15:     from a[i:j:k] (spill) at ./slices3.go:41:15
./slices3.go:41:15:     from ... argument (slice-literal-element) at ./slices3.go:41:13
./slices3.go:41:15:   flow: {heap} = {storage for ... argument}:
./slices3.go:41:15:     from ... argument (spill) at ./slices3.go:41:13
./slices3.go:41:15:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:41:13
./slices3.go:39:13: b2 escapes to heap:
./slices3.go:39:13:   flow: {storage for ... argument} = &{storage for b2}:
./slices3.go:39:13:     from b2 (spill) at ./slices3.go:39:13
./slices3.go:39:13:     from ... argument (slice-literal-element) at ./slices3.go:39:13
./slices3.go:39:13:   flow: {heap} = {storage for ... argument}:
./slices3.go:39:13:     from ... argument (spill) at ./slices3.go:39:13
./slices3.go:39:13:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:39:13
./slices3.go:39:13: b1 escapes to heap:
./slices3.go:39:13:   flow: {storage for ... argument} = &{storage for b1}:
./slices3.go:39:13:     from b1 (spill) at ./slices3.go:39:13
./slices3.go:39:13:     from ... argument (slice-literal-element) at ./slices3.go:39:13
./slices3.go:39:13:   flow: {heap} = {storage for ... argument}:
./slices3.go:39:13:     from ... argument (spill) at ./slices3.go:39:13
./slices3.go:39:13:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:39:13
./slices3.go:35:48: ns[:0] == nil escapes to heap:
./slices3.go:35:48:   flow: {storage for ... argument} = &{storage for ns[:0] == nil}:
./slices3.go:35:48:     from ns[:0] == nil (spill) at ./slices3.go:35:48
./slices3.go:35:48:     from ... argument (slice-literal-element) at ./slices3.go:35:13
./slices3.go:35:48:   flow: {heap} = {storage for ... argument}:
./slices3.go:35:48:     from ... argument (spill) at ./slices3.go:35:13
./slices3.go:35:48:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:35:13
./slices3.go:35:33: ns == nil escapes to heap:
./slices3.go:35:33:   flow: {storage for ... argument} = &{storage for ns == nil}:
./slices3.go:35:33:     from ns == nil (spill) at ./slices3.go:35:33
./slices3.go:35:33:     from ... argument (slice-literal-element) at ./slices3.go:35:13
./slices3.go:35:33:   flow: {heap} = {storage for ... argument}:
./slices3.go:35:33:     from ... argument (spill) at ./slices3.go:35:13
./slices3.go:35:33:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:35:13
./slices3.go:35:23: ns[0:0] escapes to heap:
./slices3.go:35:23:   flow: {storage for ... argument} = &{storage for ns[0:0]}:
./slices3.go:35:23:     from ns[0:0] (spill) at ./slices3.go:35:23
./slices3.go:35:23:     from ... argument (slice-literal-element) at ./slices3.go:35:13
./slices3.go:35:23:   flow: {heap} = {storage for ... argument}:
./slices3.go:35:23:     from ... argument (spill) at ./slices3.go:35:13
./slices3.go:35:23:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:35:13
./slices3.go:35:16: ns[:] escapes to heap:
./slices3.go:35:16:   flow: {storage for ... argument} = &{storage for ns[:]}:
./slices3.go:35:16:     from ns[:] (spill) at ./slices3.go:35:16
./slices3.go:35:16:     from ... argument (slice-literal-element) at ./slices3.go:35:13
./slices3.go:35:16:   flow: {heap} = {storage for ... argument}:
./slices3.go:35:16:     from ... argument (spill) at ./slices3.go:35:13
./slices3.go:35:16:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:35:13
./slices3.go:33:55: len(str[2:2]) escapes to heap:
./slices3.go:33:55:   flow: {storage for ... argument} = &{storage for len(str[2:2])}:
./slices3.go:33:55:     from len(str[2:2]) (spill) at ./slices3.go:33:55
./slices3.go:33:55:     from ... argument (slice-literal-element) at ./slices3.go:33:13
./slices3.go:33:55:   flow: {heap} = {storage for ... argument}:
./slices3.go:33:55:     from ... argument (spill) at ./slices3.go:33:13
./slices3.go:33:55:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:33:13
./slices3.go:33:45: str[11:] escapes to heap:
./slices3.go:33:45:   flow: {storage for ... argument} = &{storage for str[11:]}:
./slices3.go:33:45:     from str[11:] (spill) at ./slices3.go:33:45
./slices3.go:33:45:     from ... argument (slice-literal-element) at ./slices3.go:33:13
./slices3.go:33:45:   flow: {heap} = {storage for ... argument}:
./slices3.go:33:45:     from ... argument (spill) at ./slices3.go:33:13
./slices3.go:33:45:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:33:13
./slices3.go:33:35: str[3:8] escapes to heap:
./slices3.go:33:35:   flow: {storage for ... argument} = &{storage for str[3:8]}:
./slices3.go:33:35:     from str[3:8] (spill) at ./slices3.go:33:35
./slices3.go:33:35:     from ... argument (slice-literal-element) at ./slices3.go:33:13
./slices3.go:33:35:   flow: {heap} = {storage for ... argument}:
./slices3.go:33:35:     from ... argument (spill) at ./slices3.go:33:13
./slices3.go:33:35:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:33:13
./slices3.go:33:26: str[:5] escapes to heap:
./slices3.go:33:26:   flow: {storage for ... argument} = &{storage for str[:5]}:
./slices3.go:33:26:     from str[:5] (spill) at ./slices3.go:33:26
./slices3.go:33:26:     from ... argument (slice-literal-element) at ./slices3.go:33:13
./slices3.go:33:26:   flow: {heap} = {storage for ... argument}:
./slices3.go:33:26:     from ... argument (spill) at ./slices3.go:33:13
./slices3.go:33:26:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:33:13
./slices3.go:33:17: str[6:] escapes to heap:
./slices3.go:33:17:   flow: {storage for ... argument} = &{storage for str[6:]}:
./slices3.go:33:17:     from str[6:] (spill) at ./slices3.go:33:17
./slices3.go:33:17:     from ... argument (slice-literal-element) at ./slices3.go:33:13
./slices3.go:33:17:   flow: {heap} = {storage for ... argument}:
./slices3.go:33:17:     from ... argument (spill) at ./slices3.go:33:13
./slices3.go:33:17:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:33:13
./slices3.go:31:27: cap(y) escapes to heap:
./slices3.go:31:27:   flow: {storage for ... argument} = &{storage for cap(y)}:
./slices3.go:31:27:     from cap(y) (spill) at ./slices3.go:31:27
./slices3.go:31:27:     from ... argument (slice-literal-element) at ./slices3.go:31:13
./slices3.go:31:27:   flow: {heap} = {storage for ... argument}:
./slices3.go:31:27:     from ... argument (spill) at ./slices3.go:31:13
./slices3.go:31:27:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:31:13
./slices3.go:31:15: y escapes to heap:
./slices3.go:31:15:   flow: {storage for ... argument} = &{storage for y}:
./slices3.go:31:15:     from y (spill) at ./slices3.go:31:15
./slices3.go:31:15:     from ... argument (slice-literal-element) at ./slices3.go:31:13
./slices3.go:31:15:   flow: {heap} = {storage for ... argument}:
./slices3.go:31:15:     from ... argument (spill) at ./slices3.go:31:13
./slices3.go:31:15:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:31:13
./slices3.go:31:15: x[:5] escapes to heap:
./slices3.go:31:15:   flow: {storage for ... argument} = &{storage for x[:5]}:
./slices3.go:31:15:     from x[:5] (spill) at ./slices3.go:31:15
./slices3.go:31:15:     from ... argument (slice-literal-element) at ./slices3.go:31:13
./slices3.go:31:15:   flow: {heap} = {storage for ... argument}:
./slices3.go:31:15:     from ... argument (spill) at ./slices3.go:31:13
./slices3.go:31:15:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:31:13
./slices3.go:29:30: cap(y) escapes to heap:
./slices3.go:29:30:   flow: {storage for ... argument} = &{storage for cap(y)}:
./slices3.go:29:30:     from cap(y) (spill) at ./slices3.go:29:30
./slices3.go:29:30:     from ... argument (slice-literal-element) at ./slices3.go:29:13
./slices3.go:29:30:   flow: {heap} = {storage for ... argument}:
./slices3.go:29:30:     from ... argument (spill) at ./slices3.go:29:13
./slices3.go:29:30:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:29:13
./slices3.go:29:18: y escapes to heap:
./slices3.go:29:18:   flow: {storage for ... argument} = &{storage for y}:
./slices3.go:29:18:     from y (spill) at ./slices3.go:29:18
./slices3.go:29:18:     from ... argument (slice-literal-element) at ./slices3.go:29:13
./slices3.go:29:18:   flow: {heap} = {storage for ... argument}:
./slices3.go:29:18:     from ... argument (spill) at ./slices3.go:29:13
./slices3.go:29:18:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:29:13
./slices3.go:29:18: x[:5] escapes to heap:
./slices3.go:29:18:   flow: {storage for ... argument} = &{storage for x[:5]}:
./slices3.go:29:18:     from x[:5] (spill) at ./slices3.go:29:18
./slices3.go:29:18:     from ... argument (slice-literal-element) at ./slices3.go:29:13
./slices3.go:29:18:   flow: {heap} = {storage for ... argument}:
./slices3.go:29:18:     from ... argument (spill) at ./slices3.go:29:13
./slices3.go:29:18:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:29:13
./slices3.go:29:13: x escapes to heap:
./slices3.go:29:13:   flow: {storage for ... argument} = &{storage for x}:
./slices3.go:29:13:     from x (spill) at ./slices3.go:29:13
./slices3.go:29:13:     from ... argument (slice-literal-element) at ./slices3.go:29:13
./slices3.go:29:13:   flow: {heap} = {storage for ... argument}:
./slices3.go:29:13:     from ... argument (spill) at ./slices3.go:29:13
./slices3.go:29:13:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:29:13
./slices3.go:25:28: len(pa) escapes to heap:
./slices3.go:25:28:   flow: {storage for ... argument} = &{storage for len(pa)}:
./slices3.go:25:28:     from len(pa) (spill) at ./slices3.go:25:28
./slices3.go:25:28:     from ... argument (slice-literal-element) at ./slices3.go:25:13
./slices3.go:25:28:   flow: {heap} = {storage for ... argument}:
./slices3.go:25:28:     from ... argument (spill) at ./slices3.go:25:13
./slices3.go:25:28:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:25:13
./slices3.go:25:20: pa[1] escapes to heap:
./slices3.go:25:20:   flow: {storage for ... argument} = &{storage for pa[1]}:
./slices3.go:25:20:     from pa[1] (spill) at ./slices3.go:25:20
./slices3.go:25:20:     from ... argument (slice-literal-element) at ./slices3.go:25:13
./slices3.go:25:20:   flow: {heap} = {storage for ... argument}:
./slices3.go:25:20:     from ... argument (spill) at ./slices3.go:25:13
./slices3.go:25:20:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:25:13
./slices3.go:25:13: ps escapes to heap:
./slices3.go:25:13:   flow: {storage for ... argument} = &{storage for ps}:
./slices3.go:25:13:     from ps (spill) at ./slices3.go:25:13
./slices3.go:25:13:     from ... argument (slice-literal-element) at ./slices3.go:25:13
./slices3.go:25:13:   flow: {heap} = {storage for ... argument}:
./slices3.go:25:13:     from ... argument (spill) at ./slices3.go:25:13
./slices3.go:25:13:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:25:13
./slices3.go:22:35: cap(w[3:7:8]) escapes to heap:
./slices3.go:22:35:   flow: {storage for ... argument} = &{storage for cap(w[3:7:8])}:
./slices3.go:22:35:     from cap(w[3:7:8]) (spill) at ./slices3.go:22:35
./slices3.go:22:35:     from ... argument (slice-literal-element) at ./slices3.go:22:13
./slices3.go:22:35:   flow: {heap} = {storage for ... argument}:
./slices3.go:22:35:     from ... argument (spill) at ./slices3.go:22:13
./slices3.go:22:35:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:22:13
./slices3.go:22:23: len(w[3:]) escapes to heap:
./slices3.go:22:23:   flow: {storage for ... argument} = &{storage for len(w[3:])}:
./slices3.go:22:23:     from len(w[3:]) (spill) at ./slices3.go:22:23
./slices3.go:22:23:     from ... argument (slice-literal-element) at ./slices3.go:22:13
./slices3.go:22:23:   flow: {heap} = {storage for ... argument}:
./slices3.go:22:23:     from ... argument (spill) at ./slices3.go:22:13
./slices3.go:22:23:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:22:13
./slices3.go:22:15: a[9] escapes to heap:
./slices3.go:22:15:   flow: {storage for ... argument} = &{storage for a[9]}:
./slices3.go:22:15:     from a[9] (spill) at ./slices3.go:22:15
./slices3.go:22:15:     from ... argument (slice-literal-element) at ./slices3.go:22:13
./slices3.go:22:15:   flow: {heap} = {storage for ... argument}:
./slices3.go:22:15:     from ... argument (spill) at ./slices3.go:22:13
./slices3.go:22:15:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:22:13
./slices3.go:19:28: cap(v) escapes to heap:
./slices3.go:19:28:   flow: {storage for ... argument} = &{storage for cap(v)}:
./slices3.go:19:28:     from cap(v) (spill) at ./slices3.go:19:28
./slices3.go:19:28:     from ... argument (slice-literal-element) at ./slices3.go:19:13
./slices3.go:19:28:   flow: {heap} = {storage for ... argument}:
./slices3.go:19:28:     from ... argument (spill) at ./slices3.go:19:13
./slices3.go:19:28:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:19:13
./slices3.go:19:20: len(v) escapes to heap:
./slices3.go:19:20:   flow: {storage for ... argument} = &{storage for len(v)}:
./slices3.go:19:20:     from len(v) (spill) at ./slices3.go:19:20
./slices3.go:19:20:     from ... argument (slice-literal-element) at ./slices3.go:19:13
./slices3.go:19:20:   flow: {heap} = {storage for ... argument}:
./slices3.go:19:20:     from ... argument (spill) at ./slices3.go:19:13
./slices3.go:19:20:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:19:13
./slices3.go:19:13: v escapes to heap:
./slices3.go:19:13:   flow: {storage for ... argument} = &{storage for v}:
./slices3.go:19:13:     from v (spill) at ./slices3.go:19:13
./slices3.go:19:13:     from ... argument (slice-literal-element) at ./slices3.go:19:13
./slices3.go:19:13:   flow: {heap} = {storage for ... argument}:
./slices3.go:19:13:     from ... argument (spill) at ./slices3.go:19:13
./slices3.go:19:13:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:19:13
./slices3.go:17:28: cap(u) escapes to heap:
./slices3.go:17:28:   flow: {storage for ... argument} = &{storage for cap(u)}:
./slices3.go:17:28:     from cap(u) (spill) at ./slices3.go:17:28
./slices3.go:17:28:     from ... argument (slice-literal-element) at ./slices3.go:17:13
./slices3.go:17:28:   flow: {heap} = {storage for ... argument}:
./slices3.go:17:28:     from ... argument (spill) at ./slices3.go:17:13
./slices3.go:17:28:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:17:13
./slices3.go:17:20: len(u) escapes to heap:
./slices3.go:17:20:   flow: {storage for ... argument} = &{storage for len(u)}:
./slices3.go:17:20:     from len(u) (spill) at ./slices3.go:17:20
./slices3.go:17:20:     from ... argument (slice-literal-element) at ./slices3.go:17:13
./slices3.go:17:20:   flow: {heap} = {storage for ... argument}:
./slices3.go:17:20:     from ... argument (spill) at ./slices3.go:17:13
./slices3.go:17:20:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:17:13
./slices3.go:17:13: u escapes to heap:
./slices3.go:17:13:   flow: {storage for ... argument} = &{storage for u}:
./slices3.go:17:13:     from u (spill) at ./slices3.go:17:13
./slices3.go:17:13:     from ... argument (slice-literal-element) at ./slices3.go:17:13
./slices3.go:17:13:   flow: {heap} = {storage for ... argument}:
./slices3.go:17:13:     from ... argument (spill) at ./slices3.go:17:13
./slices3.go:17:13:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:17:13
./slices3.go:15:31: cap(t) escapes to heap:
./slices3.go:15:31:   flow: {storage for ... argument} = &{storage for cap(t)}:
./slices3.go:15:31:     from cap(t) (spill) at ./slices3.go:15:31
./slices3.go:15:31:     from ... argument (slice-literal-element) at ./slices3.go:15:13
./slices3.go:15:31:   flow: {heap} = {storage for ... argument}:
./slices3.go:15:31:     from ... argument (spill) at ./slices3.go:15:13
./slices3.go:15:31:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:15:13
./slices3.go:15:23: len(t) escapes to heap:
./slices3.go:15:23:   flow: {storage for ... argument} = &{storage for len(t)}:
./slices3.go:15:23:     from len(t) (spill) at ./slices3.go:15:23
./slices3.go:15:23:     from ... argument (slice-literal-element) at ./slices3.go:15:13
./slices3.go:15:23:   flow: {heap} = {storage for ... argument}:
./slices3.go:15:23:     from ... argument (spill) at ./slices3.go:15:13
./slices3.go:15:23:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:15:13
./slices3.go:15:13: t escapes to heap:
./slices3.go:15:13:   flow: {storage for ... argument} = &{storage for t}:
./slices3.go:15:13:     from t (spill) at ./slices3.go:15:13
./slices3.go:15:13:     from ... argument (slice-literal-element) at ./slices3.go:15:13
./slices3.go:15:13:   flow: {heap} = {storage for ... argument}:
./slices3.go:15:13:     from ... argument (spill) at ./slices3.go:15:13
./slices3.go:15:13:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:15:13
./slices3.go:15:13: a escapes to heap:
./slices3.go:15:13:   flow: {storage for ... argument} = &{storage for a}:
./slices3.go:15:13:     from a (spill) at ./slices3.go:15:13
./slices3.go:15:13:     from ... argument (slice-literal-element) at ./slices3.go:15:13
./slices3.go:15:13:   flow: {heap} = {storage for ... argument}:
./slices3.go:15:13:     from ... argument (spill) at ./slices3.go:15:13
./slices3.go:15:13:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:15:13
./slices3.go:12:13: t escapes to heap:
./slices3.go:12:13:   flow: {storage for ... argument} = &{storage for t}:
./slices3.go:12:13:     from t (spill) at ./slices3.go:12:13
./slices3.go:12:13:     from ... argument (slice-literal-element) at ./slices3.go:12:13
./slices3.go:12:13:   flow: {heap} = {storage for ... argument}:
./slices3.go:12:13:     from ... argument (spill) at ./slices3.go:12:13
./slices3.go:12:13:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:12:13
./slices3.go:12:13: a escapes to heap:
./slices3.go:12:13:   flow: {storage for ... argument} = &{storage for a}:
./slices3.go:12:13:     from a (spill) at ./slices3.go:12:13
./slices3.go:12:13:     from ... argument (slice-literal-element) at ./slices3.go:12:13
./slices3.go:12:13:   flow: {heap} = {storage for ... argument}:
./slices3.go:12:13:     from ... argument (spill) at ./slices3.go:12:13
./slices3.go:12:13:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:12:13
./slices3.go:10:28: cap(t) escapes to heap:
./slices3.go:10:28:   flow: {storage for ... argument} = &{storage for cap(t)}:
./slices3.go:10:28:     from cap(t) (spill) at ./slices3.go:10:28
./slices3.go:10:28:     from ... argument (slice-literal-element) at ./slices3.go:10:13
./slices3.go:10:28:   flow: {heap} = {storage for ... argument}:
./slices3.go:10:28:     from ... argument (spill) at ./slices3.go:10:13
./slices3.go:10:28:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:10:13
./slices3.go:10:20: len(t) escapes to heap:
./slices3.go:10:20:   flow: {storage for ... argument} = &{storage for len(t)}:
./slices3.go:10:20:     from len(t) (spill) at ./slices3.go:10:20
./slices3.go:10:20:     from ... argument (slice-literal-element) at ./slices3.go:10:13
./slices3.go:10:20:   flow: {heap} = {storage for ... argument}:
./slices3.go:10:20:     from ... argument (spill) at ./slices3.go:10:13
./slices3.go:10:20:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:10:13
./slices3.go:10:13: t escapes to heap:
./slices3.go:10:13:   flow: {storage for ... argument} = &{storage for t}:
./slices3.go:10:13:     from t (spill) at ./slices3.go:10:13
./slices3.go:10:13:     from ... argument (slice-literal-element) at ./slices3.go:10:13
./slices3.go:10:13:   flow: {heap} = {storage for ... argument}:
./slices3.go:10:13:     from ... argument (spill) at ./slices3.go:10:13
./slices3.go:10:13:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:10:13
./slices3.go:8:28: cap(s) escapes to heap:
./slices3.go:8:28:   flow: {storage for ... argument} = &{storage for cap(s)}:
./slices3.go:8:28:     from cap(s) (spill) at ./slices3.go:8:28
./slices3.go:8:28:     from ... argument (slice-literal-element) at ./slices3.go:8:13
./slices3.go:8:28:   flow: {heap} = {storage for ... argument}:
./slices3.go:8:28:     from ... argument (spill) at ./slices3.go:8:13
./slices3.go:8:28:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:8:13
./slices3.go:8:20: len(s) escapes to heap:
./slices3.go:8:20:   flow: {storage for ... argument} = &{storage for len(s)}:
./slices3.go:8:20:     from len(s) (spill) at ./slices3.go:8:20
./slices3.go:8:20:     from ... argument (slice-literal-element) at ./slices3.go:8:13
./slices3.go:8:20:   flow: {heap} = {storage for ... argument}:
./slices3.go:8:20:     from ... argument (spill) at ./slices3.go:8:13
./slices3.go:8:20:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:8:13
./slices3.go:8:13: s escapes to heap:
./slices3.go:8:13:   flow: {storage for ... argument} = &{storage for s}:
./slices3.go:8:13:     from s (spill) at ./slices3.go:8:13
./slices3.go:8:13:     from ... argument (slice-literal-element) at ./slices3.go:8:13
./slices3.go:8:13:   flow: {heap} = {storage for ... argument}:
./slices3.go:8:13:     from ... argument (spill) at ./slices3.go:8:13
./slices3.go:8:13:     from fmt.Println(... argument...) (call parameter) at ./slices3.go:8:13
./slices3.go:6:2: a escapes to heap:
./slices3.go:6:2:   flow: {storage for a[:j:k]} = &a:
./slices3.go:6:2:     from a (address-of) at ./slices3.go:41:37
./slices3.go:6:2:     from a[:j:k] (slice) at ./slices3.go:41:33
./slices3.go:6:2:     from a[:j:k] (interface-converted) at ./slices3.go:41:33
./slices3.go:36:11: make([]byte, 0, 4) escapes to heap:
./slices3.go:36:11:   flow: b = &{storage for make([]byte, 0, 4)}:
./slices3.go:36:11:     from make([]byte, 0, 4) (spill) at ./slices3.go:36:11
./slices3.go:36:11:     from b := make([]byte, 0, 4) (assign) at ./slices3.go:36:4
./slices3.go:36:11:   flow: b2 = b:
./slices3.go:36:11:     from append(b, 'b') (call parameter) at ./slices3.go:38:14
./slices3.go:36:11:     from b2 := append(b, 'b') (assign) at ./slices3.go:38:5
./slices3.go:36:11:   flow: {storage for b2} = b2:
./slices3.go:36:11:     from b2 (interface-converted) at ./slices3.go:39:13
./slices3.go:26:11: make([]int, 3, 10) escapes to heap:
./slices3.go:26:11:   flow: x = &{storage for make([]int, 3, 10)}:
./slices3.go:26:11:     from make([]int, 3, 10) (spill) at ./slices3.go:26:11
./slices3.go:26:11:     from x := make([]int, 3, 10) (assign) at ./slices3.go:26:4
./slices3.go:26:11:   flow: y = x:
./slices3.go:26:11:     from x[1:2:5] (slice) at ./slices3.go:27:8
./slices3.go:26:11:     from y := x[1:2:5] (assign) at ./slices3.go:27:4
./slices3.go:26:11:   flow: {storage for y} = y:
./slices3.go:26:11:     from y (interface-converted) at ./slices3.go:31:15
./slices3.go:6:2: moved to heap: a
./slices3.go:8:13: ... argument does not escape
./slices3.go:8:13: s escapes to heap
./slices3.go:8:20: len(s) escapes to heap
./slices3.go:8:28: cap(s) escapes to heap
./slices3.go:10:13: ... argument does not escape
./slices3.go:10:13: t escapes to heap
./slices3.go:10:20: len(t) escapes to heap
./slices3.go:10:28: cap(t) escapes to heap
./slices3.go:12:13: ... argument does not escape
./slices3.go:12:13: a escapes to heap
./slices3.go:12:13: t escapes to heap
./slices3.go:15:13: ... argument does not escape
./slices3.go:15:13: a escapes to heap
./slices3.go:15:13: t escapes to heap
./slices3.go:15:23: len(t) escapes to heap
./slices3.go:15:31: cap(t) escapes to heap
./slices3.go:17:13: ... argument does not escape
./slices3.go:17:13: u escapes to heap
./slices3.go:17:20: len(u) escapes to heap
./slices3.go:17:28: cap(u) escapes to heap
./slices3.go:19:13: ... argument does not escape
./slices3.go:19:13: v escapes to heap
./slices3.go:19:20: len(v) escapes to heap
./slices3.go:19:28: cap(v) escapes to heap
./slices3.go:22:13: ... argument does not escape
./slices3.go:22:15: a[9] escapes to heap
./slices3.go:22:23: len(w[3:]) escapes to heap
./slices3.go:22:35: cap(w[3:7:8]) escapes to heap
./slices3.go:25:13: ... argument does not escape
./slices3.go:25:13: ps escapes to heap
./slices3.go:25:20: pa[1] escapes to heap
./slices3.go:25:28: len(pa) escapes to heap
./slices3.go:26:11: make([]int, 3, 10) escapes to heap
./slices3.go:29:13: ... argument does not escape
./slices3.go:29:13: x escapes to heap
./slices3.go:29:18: x[:5] escapes to heap
./slices3.go:29:18: y escapes to heap
./slices3.go:29:30: cap(y) escapes to heap
./slices3.go:31:13: ... argument does not escape
./slices3.go:31:15: x[:5] escapes to heap
./slices3.go:31:15: y escapes to heap
./slices3.go:31:27: cap(y) escapes to heap
./slices3.go:33:13: ... argument does not escape
./slices3.go:33:17: str[6:] escapes to heap
./slices3.go:33:26: str[:5] escapes to heap
./slices3.go:33:35: str[3:8] escapes to heap
./slices3.go:33:45: str[11:] escapes to heap
./slices3.go:33:55: len(str[2:2]) escapes to heap
./slices3.go:35:13: ... argument does not escape
./slices3.go:35:16: ns[:] escapes to heap
./slices3.go:35:23: ns[0:0] escapes to heap
./slices3.go:35:33: ns == nil escapes to heap
./slices3.go:35:48: ns[:0] == nil escapes to heap
./slices3.go:36:11: make([]byte, 0, 4) escapes to heap
./slices3.go:39:13: ... argument does not escape
./slices3.go:39:13: b1 escapes to heap
./slices3.go:39:13: b2 escapes to heap
./slices3.go:41:13: ... argument does not escape
./slices3.go:41:15: a[i:j:k] escapes to heap
./slices3.go:41:25: a[i:j] escapes to heap
./slices3.go:41:33: a[:j:k] escapes to heap
./slices3.go:41:44: cap(a[:j:k]) escapes to heap
