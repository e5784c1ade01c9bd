./panic_msg.go:7:8: "too big: n > 2" escapes to heap:
./panic_msg.go:7:8:   flow: {heap} = &{storage for "too big: n > 2"}:
./panic_msg.go:7:8:     from "too big: n > 2" (spill) at ./panic_msg.go:7:8
./panic_msg.go:7:8:     from panic("too big: n > 2") (call parameter) at ./panic_msg.go:7:8
./panic_msg.go:9:14: n escapes to heap:
./panic_msg.go:9:14:   flow: {storage for ... argument} = &{storage for n}:
./panic_msg.go:9:14:     from n (spill) at ./panic_msg.go:9:14
./panic_msg.go:9:14:     from ... argument (slice-literal-element) at ./panic_msg.go:9:13
./panic_msg.go:9:14:   flow: {heap} = {storage for ... argument}:
./panic_msg.go:9:14:     from ... argument (spill) at ./panic_msg.go:9:13
./panic_msg.go:9:14:     from fmt.Println(... argument...) (call parameter) at ./panic_msg.go:9:13
./panic_msg.go:9:14: "ok" escapes to heap:
./panic_msg.go:9:14:   flow: {storage for ... argument} = &{storage for "ok"}:
./panic_msg.go:9:14:     from "ok" (spill) at ./panic_msg.go:9:14
./panic_msg.go:9:14:     from ... argument (slice-literal-element) at ./panic_msg.go:9:13
./panic_msg.go:9:14:   flow: {heap} = {storage for ... argument}:
./panic_msg.go:9:14:     from ... argument (spill) at ./panic_msg.go:9:13
./panic_msg.go:9:14:     from fmt.Println(... argument...) (call parameter) at ./panic_msg.go:9:13
./panic_msg.go:7:8: "too big: n > 2" escapes to heap
./panic_msg.go:9:13: ... argument does not escape
./panic_msg.go:9:14: "ok" escapes to heap
./panic_msg.go:9:14: n escapes to heap
