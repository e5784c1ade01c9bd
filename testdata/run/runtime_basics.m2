./runtime_basics.go:16:10: &node{...} escapes to heap:
./runtime_basics.go:16:10:   flow: head = &{storage for &node{...}}:
./runtime_basics.go:16:10:     from &node{...} (spill) at ./runtime_basics.go:16:10
./runtime_basics.go:16:10:     from head = &node{...} (assign) at ./runtime_basics.go:16:8
./runtime_basics.go:16:10: &node{...} escapes to heap
./runtime_basics.go:37:22: head.v escapes to heap:
./runtime_basics.go:37:22:   flow: {storage for ... argument} = &{storage for head.v}:
./runtime_basics.go:37:22:     from head.v (spill) at ./runtime_basics.go:37:22
./runtime_basics.go:37:22:     from ... argument (slice-literal-element) at ./runtime_basics.go:37:13
./runtime_basics.go:37:22:   flow: {heap} = {storage for ... argument}:
./runtime_basics.go:37:22:     from ... argument (spill) at ./runtime_basics.go:37:13
./runtime_basics.go:37:22:     from fmt.Println(... argument...) (call parameter) at ./runtime_basics.go:37:13
./runtime_basics.go:37:14: *x escapes to heap:
./runtime_basics.go:37:14:   flow: {storage for ... argument} = &{storage for *x}:
./runtime_basics.go:37:14:     from *x (spill) at ./runtime_basics.go:37:14
./runtime_basics.go:37:14:     from ... argument (slice-literal-element) at ./runtime_basics.go:37:13
./runtime_basics.go:37:14:   flow: {heap} = {storage for ... argument}:
./runtime_basics.go:37:14:     from ... argument (spill) at ./runtime_basics.go:37:13
./runtime_basics.go:37:14:     from fmt.Println(... argument...) (call parameter) at ./runtime_basics.go:37:13
./runtime_basics.go:35:62: runtime.GOMAXPROCS(0) == prev escapes to heap:
./runtime_basics.go:35:62:   flow: {storage for ... argument} = &{storage for runtime.GOMAXPROCS(0) == prev}:
./runtime_basics.go:35:62:     from runtime.GOMAXPROCS(0) == prev (spill) at ./runtime_basics.go:35:62
./runtime_basics.go:35:62:     from ... argument (slice-literal-element) at ./runtime_basics.go:35:13
./runtime_basics.go:35:62:   flow: {heap} = {storage for ... argument}:
./runtime_basics.go:35:62:     from ... argument (spill) at ./runtime_basics.go:35:13
./runtime_basics.go:35:62:     from fmt.Println(... argument...) (call parameter) at ./runtime_basics.go:35:13
./runtime_basics.go:35:19: prev == runtime.NumCPU() escapes to heap:
./runtime_basics.go:35:19:   flow: {storage for ... argument} = &{storage for prev == runtime.NumCPU()}:
./runtime_basics.go:35:19:     from prev == runtime.NumCPU() (spill) at ./runtime_basics.go:35:19
./runtime_basics.go:35:19:     from ... argument (slice-literal-element) at ./runtime_basics.go:35:13
./runtime_basics.go:35:19:   flow: {heap} = {storage for ... argument}:
./runtime_basics.go:35:19:     from ... argument (spill) at ./runtime_basics.go:35:13
./runtime_basics.go:35:19:     from fmt.Println(... argument...) (call parameter) at ./runtime_basics.go:35:13
./runtime_basics.go:30:13: sum escapes to heap:
./runtime_basics.go:30:13:   flow: {storage for ... argument} = &{storage for sum}:
./runtime_basics.go:30:13:     from sum (spill) at ./runtime_basics.go:30:13
./runtime_basics.go:30:13:     from ... argument (slice-literal-element) at ./runtime_basics.go:30:13
./runtime_basics.go:30:13:   flow: {heap} = {storage for ... argument}:
./runtime_basics.go:30:13:     from ... argument (spill) at ./runtime_basics.go:30:13
./runtime_basics.go:30:13:     from fmt.Println(... argument...) (call parameter) at ./runtime_basics.go:30:13
./runtime_basics.go:22:66: runtime.NumGoroutine() escapes to heap:
./runtime_basics.go:22:66:   flow: {storage for ... argument} = &{storage for runtime.NumGoroutine()}:
./runtime_basics.go:22:66:     from runtime.NumGoroutine() (spill) at ./runtime_basics.go:22:66
./runtime_basics.go:22:66:     from ... argument (slice-literal-element) at ./runtime_basics.go:22:13
./runtime_basics.go:22:66:   flow: {heap} = {storage for ... argument}:
./runtime_basics.go:22:66:     from ... argument (spill) at ./runtime_basics.go:22:13
./runtime_basics.go:22:66:     from fmt.Println(... argument...) (call parameter) at ./runtime_basics.go:22:13
./runtime_basics.go:22:35: runtime.Compiler escapes to heap:
./runtime_basics.go:22:35:   flow: {storage for ... argument} = &{storage for runtime.Compiler}:
./runtime_basics.go:22:35:     from runtime.Compiler (spill) at ./runtime_basics.go:22:35
./runtime_basics.go:22:35:     from ... argument (slice-literal-element) at ./runtime_basics.go:22:13
./runtime_basics.go:22:35:   flow: {heap} = {storage for ... argument}:
./runtime_basics.go:22:35:     from ... argument (spill) at ./runtime_basics.go:22:13
./runtime_basics.go:22:35:     from fmt.Println(... argument...) (call parameter) at ./runtime_basics.go:22:13
./runtime_basics.go:22:21: runtime.GOOS escapes to heap:
./runtime_basics.go:22:21:   flow: {storage for ... argument} = &{storage for runtime.GOOS}:
./runtime_basics.go:22:21:     from runtime.GOOS (spill) at ./runtime_basics.go:22:21
./runtime_basics.go:22:21:     from ... argument (slice-literal-element) at ./runtime_basics.go:22:13
./runtime_basics.go:22:21:   flow: {heap} = {storage for ... argument}:
./runtime_basics.go:22:21:     from ... argument (spill) at ./runtime_basics.go:22:13
./runtime_basics.go:22:21:     from fmt.Println(... argument...) (call parameter) at ./runtime_basics.go:22:13
./runtime_basics.go:22:13: ... argument does not escape
./runtime_basics.go:22:21: runtime.GOOS escapes to heap
./runtime_basics.go:22:35: runtime.Compiler escapes to heap
./runtime_basics.go:22:66: runtime.NumGoroutine() escapes to heap
./runtime_basics.go:30:13: ... argument does not escape
./runtime_basics.go:30:13: sum escapes to heap
./runtime_basics.go:31:10: new(int) does not escape
./runtime_basics.go:35:13: ... argument does not escape
./runtime_basics.go:35:19: prev == runtime.NumCPU() escapes to heap
./runtime_basics.go:35:62: runtime.GOMAXPROCS(0) == prev escapes to heap
./runtime_basics.go:37:13: ... argument does not escape
./runtime_basics.go:37:14: *x escapes to heap
./runtime_basics.go:37:22: head.v escapes to heap
