./deep_alloc.go:19:34: make([]byte, n % 50) escapes to heap:
./deep_alloc.go:19:34:   flow: {heap} = &{storage for make([]byte, n % 50)}:
./deep_alloc.go:19:34:     from make([]byte, n % 50) (non-constant size) at ./deep_alloc.go:19:34
./deep_alloc.go:21:15: make([]byte, 1 << 20) escapes to heap:
./deep_alloc.go:21:15:   flow: {heap} = &{storage for make([]byte, 1 << 20)}:
./deep_alloc.go:21:15:     from make([]byte, 1 << 20) (too large for stack) at ./deep_alloc.go:21:15
./deep_alloc.go:11:14: f does not escape
./deep_alloc.go:19:8: &Frame{...} does not escape
./deep_alloc.go:19:34: make([]byte, n % 50) escapes to heap
./deep_alloc.go:21:15: make([]byte, 1 << 20) escapes to heap
./deep_alloc.go:29:21: descend(&Frame{...}, 30000) escapes to heap:
./deep_alloc.go:29:21:   flow: {storage for ... argument} = &{storage for descend(&Frame{...}, 30000)}:
./deep_alloc.go:29:21:     from descend(&Frame{...}, 30000) (spill) at ./deep_alloc.go:29:21
./deep_alloc.go:29:21:     from ... argument (slice-literal-element) at ./deep_alloc.go:29:13
./deep_alloc.go:29:21:   flow: {heap} = {storage for ... argument}:
./deep_alloc.go:29:21:     from ... argument (spill) at ./deep_alloc.go:29:13
./deep_alloc.go:29:21:     from fmt.Println(... argument...) (call parameter) at ./deep_alloc.go:29:13
./deep_alloc.go:28:21: descend(nil, 100000) escapes to heap:
./deep_alloc.go:28:21:   flow: {storage for ... argument} = &{storage for descend(nil, 100000)}:
./deep_alloc.go:28:21:     from descend(nil, 100000) (spill) at ./deep_alloc.go:28:21
./deep_alloc.go:28:21:     from ... argument (slice-literal-element) at ./deep_alloc.go:28:13
./deep_alloc.go:28:21:   flow: {heap} = {storage for ... argument}:
./deep_alloc.go:28:21:     from ... argument (spill) at ./deep_alloc.go:28:13
./deep_alloc.go:28:21:     from fmt.Println(... argument...) (call parameter) at ./deep_alloc.go:28:13
./deep_alloc.go:28:13: ... argument does not escape
./deep_alloc.go:28:21: descend(nil, 100000) escapes to heap
./deep_alloc.go:29:13: ... argument does not escape
./deep_alloc.go:29:21: descend(&Frame{...}, 30000) escapes to heap
./deep_alloc.go:29:22: &Frame{...} does not escape
./deep_alloc.go:29:48: make([]byte, 7) does not escape
