./alloc_churn.go:15:14: make([]byte, 1000 + i % 7) escapes to heap:
./alloc_churn.go:15:14:   flow: {heap} = &{storage for make([]byte, 1000 + i % 7)}:
./alloc_churn.go:15:14:     from make([]byte, 1000 + i % 7) (spill) at ./alloc_churn.go:15:14
./alloc_churn.go:15:14:     from keep = make([]byte, 1000 + i % 7) (assign) at ./alloc_churn.go:15:8
./alloc_churn.go:15:14: make([]byte, 1000 + i % 7) escapes to heap:
./alloc_churn.go:15:14:   flow: {heap} = &{storage for make([]byte, 1000 + i % 7)}:
./alloc_churn.go:15:14:     from make([]byte, 1000 + i % 7) (non-constant size) at ./alloc_churn.go:15:14
./alloc_churn.go:30:13: n escapes to heap:
./alloc_churn.go:30:13:   flow: {storage for ... argument} = &{storage for n}:
./alloc_churn.go:30:13:     from n (spill) at ./alloc_churn.go:30:13
./alloc_churn.go:30:13:     from ... argument (slice-literal-element) at ./alloc_churn.go:30:13
./alloc_churn.go:30:13:   flow: {heap} = {storage for ... argument}:
./alloc_churn.go:30:13:     from ... argument (spill) at ./alloc_churn.go:30:13
./alloc_churn.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./alloc_churn.go:30:13
./alloc_churn.go:18:13: total escapes to heap:
./alloc_churn.go:18:13:   flow: {storage for ... argument} = &{storage for total}:
./alloc_churn.go:18:13:     from total (spill) at ./alloc_churn.go:18:13
./alloc_churn.go:18:13:     from ... argument (slice-literal-element) at ./alloc_churn.go:18:13
./alloc_churn.go:18:13:   flow: {heap} = {storage for ... argument}:
./alloc_churn.go:18:13:     from ... argument (spill) at ./alloc_churn.go:18:13
./alloc_churn.go:18:13:     from fmt.Println(... argument...) (call parameter) at ./alloc_churn.go:18:13
./alloc_churn.go:23:11: &Node{...} escapes to heap:
./alloc_churn.go:23:11:   flow: head = &{storage for &Node{...}}:
./alloc_churn.go:23:11:     from &Node{...} (spill) at ./alloc_churn.go:23:11
./alloc_churn.go:23:11:     from head = &Node{...} (assign) at ./alloc_churn.go:23:9
./alloc_churn.go:23:11:   flow: p = head:
./alloc_churn.go:23:11:     from p := head (assign) at ./alloc_churn.go:27:8
./alloc_churn.go:15:14: make([]byte, 1000 + i % 7) escapes to heap
./alloc_churn.go:18:13: ... argument does not escape
./alloc_churn.go:18:13: total escapes to heap
./alloc_churn.go:23:11: &Node{...} escapes to heap
./alloc_churn.go:30:13: ... argument does not escape
./alloc_churn.go:30:13: n escapes to heap
