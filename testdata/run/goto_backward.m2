./goto_backward.go:39:13: arr escapes to heap:
./goto_backward.go:39:13:   flow: {storage for ... argument} = &{storage for arr}:
./goto_backward.go:39:13:     from arr (spill) at ./goto_backward.go:39:13
./goto_backward.go:39:13:     from ... argument (slice-literal-element) at ./goto_backward.go:39:13
./goto_backward.go:39:13:   flow: {heap} = {storage for ... argument}:
./goto_backward.go:39:13:     from ... argument (spill) at ./goto_backward.go:39:13
./goto_backward.go:39:13:     from fmt.Println(... argument...) (call parameter) at ./goto_backward.go:39:13
./goto_backward.go:29:15: n escapes to heap:
./goto_backward.go:29:15:   flow: {storage for ... argument} = &{storage for n}:
./goto_backward.go:29:15:     from n (spill) at ./goto_backward.go:29:15
./goto_backward.go:29:15:     from ... argument (slice-literal-element) at ./goto_backward.go:29:14
./goto_backward.go:29:15:   flow: {heap} = {storage for ... argument}:
./goto_backward.go:29:15:     from ... argument (spill) at ./goto_backward.go:29:14
./goto_backward.go:29:15:     from fmt.Println(... argument...) (call parameter) at ./goto_backward.go:29:14
./goto_backward.go:29:15: "next" escapes to heap:
./goto_backward.go:29:15:   flow: {storage for ... argument} = &{storage for "next"}:
./goto_backward.go:29:15:     from "next" (spill) at ./goto_backward.go:29:15
./goto_backward.go:29:15:     from ... argument (slice-literal-element) at ./goto_backward.go:29:14
./goto_backward.go:29:15:   flow: {heap} = {storage for ... argument}:
./goto_backward.go:29:15:     from ... argument (spill) at ./goto_backward.go:29:14
./goto_backward.go:29:15:     from fmt.Println(... argument...) (call parameter) at ./goto_backward.go:29:14
./goto_backward.go:18:15: *q escapes to heap:
./goto_backward.go:18:15:   flow: {storage for ... argument} = &{storage for *q}:
./goto_backward.go:18:15:     from *q (spill) at ./goto_backward.go:18:15
./goto_backward.go:18:15:     from ... argument (slice-literal-element) at ./goto_backward.go:18:14
./goto_backward.go:18:15:   flow: {heap} = {storage for ... argument}:
./goto_backward.go:18:15:     from ... argument (spill) at ./goto_backward.go:18:14
./goto_backward.go:18:15:     from fmt.Println(... argument...) (call parameter) at ./goto_backward.go:18:14
./goto_backward.go:10:2: x escapes to heap:
./goto_backward.go:10:2:   flow: p = &x:
./goto_backward.go:10:2:     from &x (address-of) at ./goto_backward.go:11:7
./goto_backward.go:10:2:     from p := &x (assign) at ./goto_backward.go:11:4
./goto_backward.go:10:2:   flow: {heap} = p:
./goto_backward.go:10:2:     from append(keep, p) (call parameter) at ./goto_backward.go:12:15
./goto_backward.go:10:2: moved to heap: x
./goto_backward.go:18:14: ... argument does not escape
./goto_backward.go:18:15: *q escapes to heap
./goto_backward.go:29:14: ... argument does not escape
./goto_backward.go:29:15: "next" escapes to heap
./goto_backward.go:29:15: n escapes to heap
./goto_backward.go:39:13: ... argument does not escape
./goto_backward.go:39:13: arr escapes to heap
