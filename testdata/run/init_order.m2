./init_order.go:8:14: name escapes to heap:
./init_order.go:8:14:   flow: {storage for ... argument} = &{storage for name}:
./init_order.go:8:14:     from name (spill) at ./init_order.go:8:14
./init_order.go:8:14:     from ... argument (slice-literal-element) at ./init_order.go:8:13
./init_order.go:8:14:   flow: {heap} = {storage for ... argument}:
./init_order.go:8:14:     from ... argument (spill) at ./init_order.go:8:13
./init_order.go:8:14:     from fmt.Println(... argument...) (call parameter) at ./init_order.go:8:13
./init_order.go:8:14: "initialising" escapes to heap:
./init_order.go:8:14:   flow: {storage for ... argument} = &{storage for "initialising"}:
./init_order.go:8:14:     from "initialising" (spill) at ./init_order.go:8:14
./init_order.go:8:14:     from ... argument (slice-literal-element) at ./init_order.go:8:13
./init_order.go:8:14:   flow: {heap} = {storage for ... argument}:
./init_order.go:8:14:     from ... argument (spill) at ./init_order.go:8:13
./init_order.go:8:14:     from fmt.Println(... argument...) (call parameter) at ./init_order.go:8:13
./init_order.go:7:12: parameter name leaks to {storage for name} with derefs=0:
./init_order.go:7:12:   flow: {storage for name} = name:
./init_order.go:7:12:     from name (interface-converted) at ./init_order.go:8:14
./init_order.go:7:12: leaking param: name
./init_order.go:8:13: ... argument does not escape
./init_order.go:8:14: "initialising" escapes to heap
./init_order.go:8:14: name escapes to heap
./init_order.go:13:14: total escapes to heap:
./init_order.go:13:14:   flow: {storage for ... argument} = &{storage for total}:
./init_order.go:13:14:     from total (spill) at ./init_order.go:13:14
./init_order.go:13:14:     from ... argument (slice-literal-element) at ./init_order.go:13:13
./init_order.go:13:14:   flow: {heap} = {storage for ... argument}:
./init_order.go:13:14:     from ... argument (spill) at ./init_order.go:13:13
./init_order.go:13:14:     from fmt.Println(... argument...) (call parameter) at ./init_order.go:13:13
./init_order.go:13:14: second escapes to heap:
./init_order.go:13:14:   flow: {storage for ... argument} = &{storage for second}:
./init_order.go:13:14:     from second (spill) at ./init_order.go:13:14
./init_order.go:13:14:     from ... argument (slice-literal-element) at ./init_order.go:13:13
./init_order.go:13:14:   flow: {heap} = {storage for ... argument}:
./init_order.go:13:14:     from ... argument (spill) at ./init_order.go:13:13
./init_order.go:13:14:     from fmt.Println(... argument...) (call parameter) at ./init_order.go:13:13
./init_order.go:13:14: first escapes to heap:
./init_order.go:13:14:   flow: {storage for ... argument} = &{storage for first}:
./init_order.go:13:14:     from first (spill) at ./init_order.go:13:14
./init_order.go:13:14:     from ... argument (slice-literal-element) at ./init_order.go:13:13
./init_order.go:13:14:   flow: {heap} = {storage for ... argument}:
./init_order.go:13:14:     from ... argument (spill) at ./init_order.go:13:13
./init_order.go:13:14:     from fmt.Println(... argument...) (call parameter) at ./init_order.go:13:13
./init_order.go:13:14: "init #1 sees" escapes to heap:
./init_order.go:13:14:   flow: {storage for ... argument} = &{storage for "init #1 sees"}:
./init_order.go:13:14:     from "init #1 sees" (spill) at ./init_order.go:13:14
./init_order.go:13:14:     from ... argument (slice-literal-element) at ./init_order.go:13:13
./init_order.go:13:14:   flow: {heap} = {storage for ... argument}:
./init_order.go:13:14:     from ... argument (spill) at ./init_order.go:13:13
./init_order.go:13:14:     from fmt.Println(... argument...) (call parameter) at ./init_order.go:13:13
./init_order.go:13:13: ... argument does not escape
./init_order.go:13:14: "init #1 sees" escapes to heap
./init_order.go:13:14: first escapes to heap
./init_order.go:13:14: second escapes to heap
./init_order.go:13:14: total escapes to heap
./init_order.go:23:15: "init #1 ran first" escapes to heap:
./init_order.go:23:15:   flow: {storage for ... argument} = &{storage for "init #1 ran first"}:
./init_order.go:23:15:     from "init #1 ran first" (spill) at ./init_order.go:23:15
./init_order.go:23:15:     from ... argument (slice-literal-element) at ./init_order.go:23:14
./init_order.go:23:15:   flow: {heap} = {storage for ... argument}:
./init_order.go:23:15:     from ... argument (spill) at ./init_order.go:23:14
./init_order.go:23:15:     from fmt.Println(... argument...) (call parameter) at ./init_order.go:23:14
./init_order.go:20:14: total escapes to heap:
./init_order.go:20:14:   flow: {storage for ... argument} = &{storage for total}:
./init_order.go:20:14:     from total (spill) at ./init_order.go:20:14
./init_order.go:20:14:     from ... argument (slice-literal-element) at ./init_order.go:20:13
./init_order.go:20:14:   flow: {heap} = {storage for ... argument}:
./init_order.go:20:14:     from ... argument (spill) at ./init_order.go:20:13
./init_order.go:20:14:     from fmt.Println(... argument...) (call parameter) at ./init_order.go:20:13
./init_order.go:20:14: "init #2 sees total" escapes to heap:
./init_order.go:20:14:   flow: {storage for ... argument} = &{storage for "init #2 sees total"}:
./init_order.go:20:14:     from "init #2 sees total" (spill) at ./init_order.go:20:14
./init_order.go:20:14:     from ... argument (slice-literal-element) at ./init_order.go:20:13
./init_order.go:20:14:   flow: {heap} = {storage for ... argument}:
./init_order.go:20:14:     from ... argument (spill) at ./init_order.go:20:13
./init_order.go:20:14:     from fmt.Println(... argument...) (call parameter) at ./init_order.go:20:13
./init_order.go:20:13: ... argument does not escape
./init_order.go:20:14: "init #2 sees total" escapes to heap
./init_order.go:20:14: total escapes to heap
./init_order.go:23:14: ... argument does not escape
./init_order.go:23:15: "init #1 ran first" escapes to heap
./init_order.go:30:14: total escapes to heap:
./init_order.go:30:14:   flow: {storage for ... argument} = &{storage for total}:
./init_order.go:30:14:     from total (spill) at ./init_order.go:30:14
./init_order.go:30:14:     from ... argument (slice-literal-element) at ./init_order.go:30:13
./init_order.go:30:14:   flow: {heap} = {storage for ... argument}:
./init_order.go:30:14:     from ... argument (spill) at ./init_order.go:30:13
./init_order.go:30:14:     from fmt.Println(... argument...) (call parameter) at ./init_order.go:30:13
./init_order.go:30:14: "main: total" escapes to heap:
./init_order.go:30:14:   flow: {storage for ... argument} = &{storage for "main: total"}:
./init_order.go:30:14:     from "main: total" (spill) at ./init_order.go:30:14
./init_order.go:30:14:     from ... argument (slice-literal-element) at ./init_order.go:30:13
./init_order.go:30:14:   flow: {heap} = {storage for ... argument}:
./init_order.go:30:14:     from ... argument (spill) at ./init_order.go:30:13
./init_order.go:30:14:     from fmt.Println(... argument...) (call parameter) at ./init_order.go:30:13
./init_order.go:30:13: ... argument does not escape
./init_order.go:30:14: "main: total" escapes to heap
./init_order.go:30:14: total escapes to heap
./init_order.go:34:14: "init #3, declared after main" escapes to heap:
./init_order.go:34:14:   flow: {storage for ... argument} = &{storage for "init #3, declared after main"}:
./init_order.go:34:14:     from "init #3, declared after main" (spill) at ./init_order.go:34:14
./init_order.go:34:14:     from ... argument (slice-literal-element) at ./init_order.go:34:13
./init_order.go:34:14:   flow: {heap} = {storage for ... argument}:
./init_order.go:34:14:     from ... argument (spill) at ./init_order.go:34:13
./init_order.go:34:14:     from fmt.Println(... argument...) (call parameter) at ./init_order.go:34:13
./init_order.go:34:13: ... argument does not escape
./init_order.go:34:14: "init #3, declared after main" escapes to heap
