./append_iface_pos.go:13:18: c escapes to heap:
./append_iface_pos.go:13:18:   flow: {heap} = &{storage for c}:
./append_iface_pos.go:13:18:     from c (spill) at ./append_iface_pos.go:13:18
./append_iface_pos.go:13:18:     from append(xs, c) (call parameter) at ./append_iface_pos.go:13:13
./append_iface_pos.go:14:21: c escapes to heap:
./append_iface_pos.go:14:21:   flow: {heap} = &{storage for c}:
./append_iface_pos.go:14:21:     from c (spill) at ./append_iface_pos.go:14:21
./append_iface_pos.go:14:21:     from append(xs, c, n, "s") (call parameter) at ./append_iface_pos.go:14:13
./append_iface_pos.go:14:21: n escapes to heap:
./append_iface_pos.go:14:21:   flow: {heap} = &{storage for n}:
./append_iface_pos.go:14:21:     from n (spill) at ./append_iface_pos.go:14:21
./append_iface_pos.go:14:21:     from append(xs, c, n, "s") (call parameter) at ./append_iface_pos.go:14:13
./append_iface_pos.go:14:21: "s" escapes to heap:
./append_iface_pos.go:14:21:   flow: {heap} = &{storage for "s"}:
./append_iface_pos.go:14:21:     from "s" (spill) at ./append_iface_pos.go:14:21
./append_iface_pos.go:14:21:     from append(xs, c, n, "s") (call parameter) at ./append_iface_pos.go:14:13
./append_iface_pos.go:15:31: point{...} escapes to heap:
./append_iface_pos.go:15:31:   flow: {heap} = &{storage for point{...}}:
./append_iface_pos.go:15:31:     from point{...} (spill) at ./append_iface_pos.go:15:31
./append_iface_pos.go:15:31:     from append(xs, point{...}, c) (call parameter) at ./append_iface_pos.go:15:13
./append_iface_pos.go:15:31: c escapes to heap:
./append_iface_pos.go:15:31:   flow: {heap} = &{storage for c}:
./append_iface_pos.go:15:31:     from c (spill) at ./append_iface_pos.go:15:31
./append_iface_pos.go:15:31:     from append(xs, point{...}, c) (call parameter) at ./append_iface_pos.go:15:13
./append_iface_pos.go:16:18: c escapes to heap:
./append_iface_pos.go:16:18:   flow: {heap} = &{storage for c}:
./append_iface_pos.go:16:18:     from c (spill) at ./append_iface_pos.go:16:18
./append_iface_pos.go:16:18:     from append(xs, c, 7) (call parameter) at ./append_iface_pos.go:16:13
./append_iface_pos.go:16:18: 7 escapes to heap:
./append_iface_pos.go:16:18:   flow: {heap} = &{storage for 7}:
./append_iface_pos.go:16:18:     from 7 (spill) at ./append_iface_pos.go:16:18
./append_iface_pos.go:16:18:     from append(xs, c, 7) (call parameter) at ./append_iface_pos.go:16:13
./append_iface_pos.go:17:14: 7 escapes to heap:
./append_iface_pos.go:17:14:   flow: {heap} = &{storage for 7}:
./append_iface_pos.go:17:14:     from 7 (spill) at ./append_iface_pos.go:17:14
./append_iface_pos.go:17:14:     from append(xs, 7) (call parameter) at ./append_iface_pos.go:17:13
./append_iface_pos.go:18:32: n escapes to heap:
./append_iface_pos.go:18:32:   flow: {heap} = &{storage for n}:
./append_iface_pos.go:18:32:     from n (spill) at ./append_iface_pos.go:18:32
./append_iface_pos.go:18:32:     from append([]interface {}{}, n) (call parameter) at ./append_iface_pos.go:18:14
./append_iface_pos.go:19:59: struct {}{} escapes to heap:
./append_iface_pos.go:19:59:   flow: {heap} = &{storage for struct {}{}}:
./append_iface_pos.go:19:59:     from struct {}{} (spill) at ./append_iface_pos.go:19:59
./append_iface_pos.go:19:59:     from append(sink, struct {}{}, [0]int{}, struct { a int }{...}) (call parameter) at ./append_iface_pos.go:19:15
./append_iface_pos.go:19:59: [0]int{} escapes to heap:
./append_iface_pos.go:19:59:   flow: {heap} = &{storage for [0]int{}}:
./append_iface_pos.go:19:59:     from [0]int{} (spill) at ./append_iface_pos.go:19:59
./append_iface_pos.go:19:59:     from append(sink, struct {}{}, [0]int{}, struct { a int }{...}) (call parameter) at ./append_iface_pos.go:19:15
./append_iface_pos.go:19:59: struct { a int }{...} escapes to heap:
./append_iface_pos.go:19:59:   flow: {heap} = &{storage for struct { a int }{...}}:
./append_iface_pos.go:19:59:     from struct { a int }{...} (spill) at ./append_iface_pos.go:19:59
./append_iface_pos.go:19:59:     from append(sink, struct {}{}, [0]int{}, struct { a int }{...}) (call parameter) at ./append_iface_pos.go:19:15
./append_iface_pos.go:12:14: parameter xs leaks to {heap} with derefs=1:
./append_iface_pos.go:12:14:   flow: {temp} = xs:
./append_iface_pos.go:12:14:     from append(xs, 7) (call parameter) at ./append_iface_pos.go:17:13
./append_iface_pos.go:12:14:   flow: {heap} = *{temp}:
./append_iface_pos.go:12:14:     from append(xs, 7) (appendee slice) at ./append_iface_pos.go:17:13
./append_iface_pos.go:12:14: parameter xs leaks to ~r0 with derefs=0:
./append_iface_pos.go:12:14:   flow: ~r0 = xs:
./append_iface_pos.go:12:14:     from return xs (return) at ./append_iface_pos.go:21:2
./append_iface_pos.go:12:14: leaking param content: xs
./append_iface_pos.go:12:14: leaking param: xs to result ~r0 level=0
./append_iface_pos.go:13:18: c escapes to heap
./append_iface_pos.go:14:21: c escapes to heap
./append_iface_pos.go:14:21: n escapes to heap
./append_iface_pos.go:14:21: "s" escapes to heap
./append_iface_pos.go:15:31: point{...} escapes to heap
./append_iface_pos.go:15:31: c escapes to heap
./append_iface_pos.go:16:18: c escapes to heap
./append_iface_pos.go:16:18: 7 escapes to heap
./append_iface_pos.go:17:14: 7 escapes to heap
./append_iface_pos.go:18:28: []interface {}{} does not escape
./append_iface_pos.go:18:32: n escapes to heap
./append_iface_pos.go:19:59: struct {}{} escapes to heap
./append_iface_pos.go:19:59: [0]int{} escapes to heap
./append_iface_pos.go:19:59: struct { a int }{...} escapes to heap
./append_iface_pos.go:29:31: r escapes to heap:
./append_iface_pos.go:29:31:   flow: {heap} = &{storage for r}:
./append_iface_pos.go:29:31:     from r (spill) at ./append_iface_pos.go:29:31
./append_iface_pos.go:29:31:     from append(sink, r, &point{...}) (call parameter) at ./append_iface_pos.go:29:15
./append_iface_pos.go:29:25: &point{...} escapes to heap:
./append_iface_pos.go:29:25:   flow: {heap} = &{storage for &point{...}}:
./append_iface_pos.go:29:25:     from &point{...} (spill) at ./append_iface_pos.go:29:25
./append_iface_pos.go:29:25:     from &point{...} (interface-converted) at ./append_iface_pos.go:29:31
./append_iface_pos.go:29:25:     from append(sink, r, &point{...}) (call parameter) at ./append_iface_pos.go:29:15
./append_iface_pos.go:25:7: &point{} escapes to heap:
./append_iface_pos.go:25:7:   flow: p = &{storage for &point{}}:
./append_iface_pos.go:25:7:     from &point{} (spill) at ./append_iface_pos.go:25:7
./append_iface_pos.go:25:7:     from p := &point{} (assign) at ./append_iface_pos.go:25:4
./append_iface_pos.go:25:7:   flow: ~r0 = p:
./append_iface_pos.go:25:7:     from return p (return) at ./append_iface_pos.go:30:2
./append_iface_pos.go:25:7: &point{} escapes to heap
./append_iface_pos.go:29:31: r escapes to heap
./append_iface_pos.go:29:25: &point{...} escapes to heap
./append_iface_pos.go:34:10: new(int) escapes to heap:
./append_iface_pos.go:34:10:   flow: p = &{storage for new(int)}:
./append_iface_pos.go:34:10:     from new(int) (spill) at ./append_iface_pos.go:34:10
./append_iface_pos.go:34:10:     from p := new(int) (assign) at ./append_iface_pos.go:34:4
./append_iface_pos.go:34:10:   flow: {heap} = p:
./append_iface_pos.go:34:10:     from p (interface-converted) at ./append_iface_pos.go:35:22
./append_iface_pos.go:34:10:     from append(sink, p) (call parameter) at ./append_iface_pos.go:35:15
./append_iface_pos.go:34:10: new(int) escapes to heap
./append_iface_pos.go:38:7: parameter p leaks to ~r0 with derefs=0:
./append_iface_pos.go:38:7:   flow: ~r0 = &p:
./append_iface_pos.go:38:7:     from p.x (dot) at ./append_iface_pos.go:39:11
./append_iface_pos.go:38:7:     from &p.x (address-of) at ./append_iface_pos.go:39:9
./append_iface_pos.go:38:7:     from return &p.x (return) at ./append_iface_pos.go:39:2
./append_iface_pos.go:38:7: p escapes to heap:
./append_iface_pos.go:38:7:   flow: ~r0 = &p:
./append_iface_pos.go:38:7:     from p.x (dot) at ./append_iface_pos.go:39:11
./append_iface_pos.go:38:7:     from &p.x (address-of) at ./append_iface_pos.go:39:9
./append_iface_pos.go:38:7:     from return &p.x (return) at ./append_iface_pos.go:39:2
./append_iface_pos.go:38:7: moved to heap: p
