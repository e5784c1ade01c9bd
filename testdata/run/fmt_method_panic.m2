./fmt_method_panic.go:7:55: p.n escapes to heap:
./fmt_method_panic.go:7:55:   flow: {storage for ... argument} = &{storage for p.n}:
./fmt_method_panic.go:7:55:     from p.n (spill) at ./fmt_method_panic.go:7:55
./fmt_method_panic.go:7:55:     from ... argument (slice-literal-element) at ./fmt_method_panic.go:7:48
./fmt_method_panic.go:7:55:   flow: {heap} = {storage for ... argument}:
./fmt_method_panic.go:7:55:     from ... argument (spill) at ./fmt_method_panic.go:7:48
./fmt_method_panic.go:7:55:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_method_panic.go:7:48
./fmt_method_panic.go:7:49: "P" escapes to heap:
./fmt_method_panic.go:7:49:   flow: {storage for ... argument} = &{storage for "P"}:
./fmt_method_panic.go:7:49:     from "P" (spill) at ./fmt_method_panic.go:7:49
./fmt_method_panic.go:7:49:     from ... argument (slice-literal-element) at ./fmt_method_panic.go:7:48
./fmt_method_panic.go:7:49:   flow: {heap} = {storage for ... argument}:
./fmt_method_panic.go:7:49:     from ... argument (spill) at ./fmt_method_panic.go:7:48
./fmt_method_panic.go:7:49:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_method_panic.go:7:48
./fmt_method_panic.go:7:7: p does not escape
./fmt_method_panic.go:7:48: ... argument does not escape
./fmt_method_panic.go:7:49: "P" escapes to heap
./fmt_method_panic.go:7:55: p.n escapes to heap
./fmt_method_panic.go:11:37: "bad stringer" escapes to heap:
./fmt_method_panic.go:11:37:   flow: {heap} = &{storage for "bad stringer"}:
./fmt_method_panic.go:11:37:     from "bad stringer" (spill) at ./fmt_method_panic.go:11:37
./fmt_method_panic.go:11:37:     from panic("bad stringer") (call parameter) at ./fmt_method_panic.go:11:37
./fmt_method_panic.go:11:37: "bad stringer" escapes to heap
./fmt_method_panic.go:15:61: s[2] escapes to heap:
./fmt_method_panic.go:15:61:   flow: {storage for ... argument} = &{storage for s[2]}:
./fmt_method_panic.go:15:61:     from s[2] (spill) at ./fmt_method_panic.go:15:61
./fmt_method_panic.go:15:61:     from ... argument (slice-literal-element) at ./fmt_method_panic.go:15:59
./fmt_method_panic.go:15:61:   flow: {heap} = {storage for ... argument}:
./fmt_method_panic.go:15:61:     from ... argument (spill) at ./fmt_method_panic.go:15:59
./fmt_method_panic.go:15:61:     from fmt.Sprint(... argument...) (call parameter) at ./fmt_method_panic.go:15:59
./fmt_method_panic.go:15:59: ... argument does not escape
./fmt_method_panic.go:15:61: s[2] escapes to heap
./fmt_method_panic.go:22:35: Bad(3) escapes to heap:
./fmt_method_panic.go:22:35:   flow: {storage for ... argument} = &{storage for Bad(3)}:
./fmt_method_panic.go:22:35:     from Bad(3) (spill) at ./fmt_method_panic.go:22:35
./fmt_method_panic.go:22:35:     from ... argument (slice-literal-element) at ./fmt_method_panic.go:22:12
./fmt_method_panic.go:22:35:   flow: {heap} = {storage for ... argument}:
./fmt_method_panic.go:22:35:     from ... argument (spill) at ./fmt_method_panic.go:22:12
./fmt_method_panic.go:22:35:     from fmt.Printf("%d %x\n", ... argument...) (call parameter) at ./fmt_method_panic.go:22:12
./fmt_method_panic.go:22:27: Bad(2) escapes to heap:
./fmt_method_panic.go:22:27:   flow: {storage for ... argument} = &{storage for Bad(2)}:
./fmt_method_panic.go:22:27:     from Bad(2) (spill) at ./fmt_method_panic.go:22:27
./fmt_method_panic.go:22:27:     from ... argument (slice-literal-element) at ./fmt_method_panic.go:22:12
./fmt_method_panic.go:22:27:   flow: {heap} = {storage for ... argument}:
./fmt_method_panic.go:22:27:     from ... argument (spill) at ./fmt_method_panic.go:22:12
./fmt_method_panic.go:22:27:     from fmt.Printf("%d %x\n", ... argument...) (call parameter) at ./fmt_method_panic.go:22:12
./fmt_method_panic.go:21:19: &P{...} escapes to heap:
./fmt_method_panic.go:21:19:   flow: {storage for ... argument} = &{storage for &P{...}}:
./fmt_method_panic.go:21:19:     from &P{...} (spill) at ./fmt_method_panic.go:21:19
./fmt_method_panic.go:21:19:     from &P{...} (interface-converted) at ./fmt_method_panic.go:21:19
./fmt_method_panic.go:21:19:     from ... argument (slice-literal-element) at ./fmt_method_panic.go:21:13
./fmt_method_panic.go:21:19:   flow: {heap} = {storage for ... argument}:
./fmt_method_panic.go:21:19:     from ... argument (spill) at ./fmt_method_panic.go:21:13
./fmt_method_panic.go:21:19:     from fmt.Println(... argument...) (call parameter) at ./fmt_method_panic.go:21:13
./fmt_method_panic.go:21:15: E{} escapes to heap:
./fmt_method_panic.go:21:15:   flow: {storage for ... argument} = &{storage for E{}}:
./fmt_method_panic.go:21:15:     from E{} (spill) at ./fmt_method_panic.go:21:15
./fmt_method_panic.go:21:15:     from ... argument (slice-literal-element) at ./fmt_method_panic.go:21:13
./fmt_method_panic.go:21:15:   flow: {heap} = {storage for ... argument}:
./fmt_method_panic.go:21:15:     from ... argument (spill) at ./fmt_method_panic.go:21:13
./fmt_method_panic.go:21:15:     from fmt.Println(... argument...) (call parameter) at ./fmt_method_panic.go:21:13
./fmt_method_panic.go:20:35: Bad(1) escapes to heap:
./fmt_method_panic.go:20:35:   flow: {storage for ... argument} = &{storage for Bad(1)}:
./fmt_method_panic.go:20:35:     from Bad(1) (spill) at ./fmt_method_panic.go:20:35
./fmt_method_panic.go:20:35:     from ... argument (slice-literal-element) at ./fmt_method_panic.go:20:12
./fmt_method_panic.go:20:35:   flow: {heap} = {storage for ... argument}:
./fmt_method_panic.go:20:35:     from ... argument (spill) at ./fmt_method_panic.go:20:12
./fmt_method_panic.go:20:35:     from fmt.Printf("[%5v] [%s]\n", ... argument...) (call parameter) at ./fmt_method_panic.go:20:12
./fmt_method_panic.go:19:13: ... argument does not escape
./fmt_method_panic.go:20:12: ... argument does not escape
./fmt_method_panic.go:20:35: Bad(1) escapes to heap
./fmt_method_panic.go:21:13: ... argument does not escape
./fmt_method_panic.go:21:15: E{} escapes to heap
./fmt_method_panic.go:21:19: &P{...} escapes to heap
./fmt_method_panic.go:22:12: ... argument does not escape
./fmt_method_panic.go:22:27: Bad(2) escapes to heap
./fmt_method_panic.go:22:35: Bad(3) escapes to heap
