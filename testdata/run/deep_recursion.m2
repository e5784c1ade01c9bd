./deep_recursion.go:48:30: ack(3, 5) escapes to heap:
./deep_recursion.go:48:30:   flow: {storage for ... argument} = &{storage for ack(3, 5)}:
./deep_recursion.go:48:30:     from ack(3, 5) (spill) at ./deep_recursion.go:48:30
./deep_recursion.go:48:30:     from ... argument (slice-literal-element) at ./deep_recursion.go:48:13
./deep_recursion.go:48:30:   flow: {heap} = {storage for ... argument}:
./deep_recursion.go:48:30:     from ... argument (spill) at ./deep_recursion.go:48:13
./deep_recursion.go:48:30:     from fmt.Println(... argument...) (call parameter) at ./deep_recursion.go:48:13
./deep_recursion.go:48:17: ack(2, 300) escapes to heap:
./deep_recursion.go:48:17:   flow: {storage for ... argument} = &{storage for ack(2, 300)}:
./deep_recursion.go:48:17:     from ack(2, 300) (spill) at ./deep_recursion.go:48:17
./deep_recursion.go:48:17:     from ... argument (slice-literal-element) at ./deep_recursion.go:48:13
./deep_recursion.go:48:17:   flow: {heap} = {storage for ... argument}:
./deep_recursion.go:48:17:     from ... argument (spill) at ./deep_recursion.go:48:13
./deep_recursion.go:48:17:     from fmt.Println(... argument...) (call parameter) at ./deep_recursion.go:48:13
./deep_recursion.go:47:19: heavy(20000, Big{}) escapes to heap:
./deep_recursion.go:47:19:   flow: {storage for ... argument} = &{storage for heavy(20000, Big{})}:
./deep_recursion.go:47:19:     from heavy(20000, Big{}) (spill) at ./deep_recursion.go:47:19
./deep_recursion.go:47:19:     from ... argument (slice-literal-element) at ./deep_recursion.go:47:13
./deep_recursion.go:47:19:   flow: {heap} = {storage for ... argument}:
./deep_recursion.go:47:19:     from ... argument (spill) at ./deep_recursion.go:47:13
./deep_recursion.go:47:19:     from fmt.Println(... argument...) (call parameter) at ./deep_recursion.go:47:13
./deep_recursion.go:46:19: sumTo(200000, 0) escapes to heap:
./deep_recursion.go:46:19:   flow: {storage for ... argument} = &{storage for sumTo(200000, 0)}:
./deep_recursion.go:46:19:     from sumTo(200000, 0) (spill) at ./deep_recursion.go:46:19
./deep_recursion.go:46:19:     from ... argument (slice-literal-element) at ./deep_recursion.go:46:13
./deep_recursion.go:46:19:   flow: {heap} = {storage for ... argument}:
./deep_recursion.go:46:19:     from ... argument (spill) at ./deep_recursion.go:46:13
./deep_recursion.go:46:19:     from fmt.Println(... argument...) (call parameter) at ./deep_recursion.go:46:13
./deep_recursion.go:45:19: depth(1000000) escapes to heap:
./deep_recursion.go:45:19:   flow: {storage for ... argument} = &{storage for depth(1000000)}:
./deep_recursion.go:45:19:     from depth(1000000) (spill) at ./deep_recursion.go:45:19
./deep_recursion.go:45:19:     from ... argument (slice-literal-element) at ./deep_recursion.go:45:13
./deep_recursion.go:45:19:   flow: {heap} = {storage for ... argument}:
./deep_recursion.go:45:19:     from ... argument (spill) at ./deep_recursion.go:45:13
./deep_recursion.go:45:19:     from fmt.Println(... argument...) (call parameter) at ./deep_recursion.go:45:13
./deep_recursion.go:44:19: depth(100000) escapes to heap:
./deep_recursion.go:44:19:   flow: {storage for ... argument} = &{storage for depth(100000)}:
./deep_recursion.go:44:19:     from depth(100000) (spill) at ./deep_recursion.go:44:19
./deep_recursion.go:44:19:     from ... argument (slice-literal-element) at ./deep_recursion.go:44:13
./deep_recursion.go:44:19:   flow: {heap} = {storage for ... argument}:
./deep_recursion.go:44:19:     from ... argument (spill) at ./deep_recursion.go:44:13
./deep_recursion.go:44:19:     from fmt.Println(... argument...) (call parameter) at ./deep_recursion.go:44:13
./deep_recursion.go:44:13: ... argument does not escape
./deep_recursion.go:44:19: depth(100000) escapes to heap
./deep_recursion.go:45:13: ... argument does not escape
./deep_recursion.go:45:19: depth(1000000) escapes to heap
./deep_recursion.go:46:13: ... argument does not escape
./deep_recursion.go:46:19: sumTo(200000, 0) escapes to heap
./deep_recursion.go:47:13: ... argument does not escape
./deep_recursion.go:47:19: heavy(20000, Big{}) escapes to heap
./deep_recursion.go:48:13: ... argument does not escape
./deep_recursion.go:48:17: ack(2, 300) escapes to heap
./deep_recursion.go:48:30: ack(3, 5) escapes to heap
