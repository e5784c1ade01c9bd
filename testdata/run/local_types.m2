./local_types.go:14:10: &node{...} escapes to heap:
./local_types.go:14:10:   flow: head = &{storage for &node{...}}:
./local_types.go:14:10:     from &node{...} (spill) at ./local_types.go:14:10
./local_types.go:14:10:     from head = &node{...} (assign) at ./local_types.go:14:8
./local_types.go:14:10:   flow: p = head:
./local_types.go:14:10:     from p := head (assign) at ./local_types.go:17:8
./local_types.go:14:10: &node{...} escapes to heap
./local_types.go:25:14: []pair{...} does not escape
./local_types.go:43:7: &point{...} escapes to heap:
./local_types.go:43:7:   flow: p = &{storage for &point{...}}:
./local_types.go:43:7:     from &point{...} (spill) at ./local_types.go:43:7
./local_types.go:43:7:     from p := &point{...} (assign) at ./local_types.go:43:4
./local_types.go:43:7:   flow: ~r0 = p:
./local_types.go:43:7:     from return p (return) at ./local_types.go:44:2
./local_types.go:43:7: &point{...} escapes to heap
./local_types.go:53:7: c does not escape
./local_types.go:48:50: embedded() escapes to heap:
./local_types.go:48:50:   flow: {storage for ... argument} = &{storage for embedded()}:
./local_types.go:48:50:     from embedded() (spill) at ./local_types.go:48:50
./local_types.go:48:50:     from ... argument (slice-literal-element) at ./local_types.go:48:13
./local_types.go:48:50:   flow: {heap} = {storage for ... argument}:
./local_types.go:48:50:     from ... argument (spill) at ./local_types.go:48:13
./local_types.go:48:50:     from fmt.Println(... argument...) (call parameter) at ./local_types.go:48:13
./local_types.go:48:38: keep().x escapes to heap:
./local_types.go:48:38:   flow: {storage for ... argument} = &{storage for keep().x}:
./local_types.go:48:38:     from keep().x (spill) at ./local_types.go:48:38
./local_types.go:48:38:     from ... argument (slice-literal-element) at ./local_types.go:48:13
./local_types.go:48:38:   flow: {heap} = {storage for ... argument}:
./local_types.go:48:38:     from ... argument (spill) at ./local_types.go:48:13
./local_types.go:48:38:     from fmt.Println(... argument...) (call parameter) at ./local_types.go:48:13
./local_types.go:48:28: pairs() escapes to heap:
./local_types.go:48:28:   flow: {storage for ... argument} = &{storage for pairs()}:
./local_types.go:48:28:     from pairs() (spill) at ./local_types.go:48:28
./local_types.go:48:28:     from ... argument (slice-literal-element) at ./local_types.go:48:13
./local_types.go:48:28:   flow: {heap} = {storage for ... argument}:
./local_types.go:48:28:     from ... argument (spill) at ./local_types.go:48:13
./local_types.go:48:28:     from fmt.Println(... argument...) (call parameter) at ./local_types.go:48:13
./local_types.go:48:17: sum(10) escapes to heap:
./local_types.go:48:17:   flow: {storage for ... argument} = &{storage for sum(10)}:
./local_types.go:48:17:     from sum(10) (spill) at ./local_types.go:48:17
./local_types.go:48:17:     from ... argument (slice-literal-element) at ./local_types.go:48:13
./local_types.go:48:17:   flow: {heap} = {storage for ... argument}:
./local_types.go:48:17:     from ... argument (spill) at ./local_types.go:48:13
./local_types.go:48:17:     from fmt.Println(... argument...) (call parameter) at ./local_types.go:48:13
./local_types.go:48:13: ... argument does not escape
./local_types.go:48:17: sum(10) escapes to heap
./local_types.go:48:28: pairs() escapes to heap
./local_types.go:48:38: keep().x escapes to heap
./local_types.go:48:50: embedded() escapes to heap
