./package_vars.go:28:11: make([]int, 0, n) escapes to heap:
./package_vars.go:28:11:   flow: {heap} = &{storage for make([]int, 0, n)}:
./package_vars.go:28:11:     from make([]int, 0, n) (non-constant size) at ./package_vars.go:28:11
./package_vars.go:28:11: make([]int, 0, n) escapes to heap
./package_vars.go:47:34: Small escapes to heap:
./package_vars.go:47:34:   flow: {storage for ... argument} = &{storage for Small}:
./package_vars.go:47:34:     from Small (spill) at ./package_vars.go:47:34
./package_vars.go:47:34:     from ... argument (slice-literal-element) at ./package_vars.go:47:13
./package_vars.go:47:34:   flow: {heap} = {storage for ... argument}:
./package_vars.go:47:34:     from ... argument (spill) at ./package_vars.go:47:13
./package_vars.go:47:34:     from fmt.Println(... argument...) (call parameter) at ./package_vars.go:47:13
./package_vars.go:47:29: Big escapes to heap:
./package_vars.go:47:29:   flow: {storage for ... argument} = &{storage for Big}:
./package_vars.go:47:29:     from Big (spill) at ./package_vars.go:47:29
./package_vars.go:47:29:     from ... argument (slice-literal-element) at ./package_vars.go:47:13
./package_vars.go:47:29:   flow: {heap} = {storage for ... argument}:
./package_vars.go:47:29:     from ... argument (spill) at ./package_vars.go:47:13
./package_vars.go:47:29:     from fmt.Println(... argument...) (call parameter) at ./package_vars.go:47:13
./package_vars.go:47:26: K escapes to heap:
./package_vars.go:47:26:   flow: {storage for ... argument} = &{storage for K}:
./package_vars.go:47:26:     from K (spill) at ./package_vars.go:47:26
./package_vars.go:47:26:     from ... argument (slice-literal-element) at ./package_vars.go:47:13
./package_vars.go:47:26:   flow: {heap} = {storage for ... argument}:
./package_vars.go:47:26:     from ... argument (spill) at ./package_vars.go:47:13
./package_vars.go:47:26:     from fmt.Println(... argument...) (call parameter) at ./package_vars.go:47:13
./package_vars.go:47:13: counter escapes to heap:
./package_vars.go:47:13:   flow: {storage for ... argument} = &{storage for counter}:
./package_vars.go:47:13:     from counter (spill) at ./package_vars.go:47:13
./package_vars.go:47:13:     from ... argument (slice-literal-element) at ./package_vars.go:47:13
./package_vars.go:47:13:   flow: {heap} = {storage for ... argument}:
./package_vars.go:47:13:     from ... argument (spill) at ./package_vars.go:47:13
./package_vars.go:47:13:     from fmt.Println(... argument...) (call parameter) at ./package_vars.go:47:13
./package_vars.go:47:13: d escapes to heap:
./package_vars.go:47:13:   flow: {storage for ... argument} = &{storage for d}:
./package_vars.go:47:13:     from d (spill) at ./package_vars.go:47:13
./package_vars.go:47:13:     from ... argument (slice-literal-element) at ./package_vars.go:47:13
./package_vars.go:47:13:   flow: {heap} = {storage for ... argument}:
./package_vars.go:47:13:     from ... argument (spill) at ./package_vars.go:47:13
./package_vars.go:47:13:     from fmt.Println(... argument...) (call parameter) at ./package_vars.go:47:13
./package_vars.go:44:13: counter escapes to heap:
./package_vars.go:44:13:   flow: {storage for ... argument} = &{storage for counter}:
./package_vars.go:44:13:     from counter (spill) at ./package_vars.go:44:13
./package_vars.go:44:13:     from ... argument (slice-literal-element) at ./package_vars.go:44:13
./package_vars.go:44:13:   flow: {heap} = {storage for ... argument}:
./package_vars.go:44:13:     from ... argument (spill) at ./package_vars.go:44:13
./package_vars.go:44:13:     from fmt.Println(... argument...) (call parameter) at ./package_vars.go:44:13
./package_vars.go:43:13: list escapes to heap:
./package_vars.go:43:13:   flow: {storage for ... argument} = &{storage for list}:
./package_vars.go:43:13:     from list (spill) at ./package_vars.go:43:13
./package_vars.go:43:13:     from ... argument (slice-literal-element) at ./package_vars.go:43:13
./package_vars.go:43:13:   flow: {heap} = {storage for ... argument}:
./package_vars.go:43:13:     from ... argument (spill) at ./package_vars.go:43:13
./package_vars.go:43:13:     from fmt.Println(... argument...) (call parameter) at ./package_vars.go:43:13
./package_vars.go:43:13: table escapes to heap:
./package_vars.go:43:13:   flow: {storage for ... argument} = &{storage for table}:
./package_vars.go:43:13:     from table (spill) at ./package_vars.go:43:13
./package_vars.go:43:13:     from ... argument (slice-literal-element) at ./package_vars.go:43:13
./package_vars.go:43:13:   flow: {heap} = {storage for ... argument}:
./package_vars.go:43:13:     from ... argument (spill) at ./package_vars.go:43:13
./package_vars.go:43:13:     from fmt.Println(... argument...) (call parameter) at ./package_vars.go:43:13
./package_vars.go:42:13: msg escapes to heap:
./package_vars.go:42:13:   flow: {storage for ... argument} = &{storage for msg}:
./package_vars.go:42:13:     from msg (spill) at ./package_vars.go:42:13
./package_vars.go:42:13:     from ... argument (slice-literal-element) at ./package_vars.go:42:13
./package_vars.go:42:13:   flow: {heap} = {storage for ... argument}:
./package_vars.go:42:13:     from ... argument (spill) at ./package_vars.go:42:13
./package_vars.go:42:13:     from fmt.Println(... argument...) (call parameter) at ./package_vars.go:42:13
./package_vars.go:41:13: d escapes to heap:
./package_vars.go:41:13:   flow: {storage for ... argument} = &{storage for d}:
./package_vars.go:41:13:     from d (spill) at ./package_vars.go:41:13
./package_vars.go:41:13:     from ... argument (slice-literal-element) at ./package_vars.go:41:13
./package_vars.go:41:13:   flow: {heap} = {storage for ... argument}:
./package_vars.go:41:13:     from ... argument (spill) at ./package_vars.go:41:13
./package_vars.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./package_vars.go:41:13
./package_vars.go:41:13: c escapes to heap:
./package_vars.go:41:13:   flow: {storage for ... argument} = &{storage for c}:
./package_vars.go:41:13:     from c (spill) at ./package_vars.go:41:13
./package_vars.go:41:13:     from ... argument (slice-literal-element) at ./package_vars.go:41:13
./package_vars.go:41:13:   flow: {heap} = {storage for ... argument}:
./package_vars.go:41:13:     from ... argument (spill) at ./package_vars.go:41:13
./package_vars.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./package_vars.go:41:13
./package_vars.go:41:13: b escapes to heap:
./package_vars.go:41:13:   flow: {storage for ... argument} = &{storage for b}:
./package_vars.go:41:13:     from b (spill) at ./package_vars.go:41:13
./package_vars.go:41:13:     from ... argument (slice-literal-element) at ./package_vars.go:41:13
./package_vars.go:41:13:   flow: {heap} = {storage for ... argument}:
./package_vars.go:41:13:     from ... argument (spill) at ./package_vars.go:41:13
./package_vars.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./package_vars.go:41:13
./package_vars.go:41:13: a escapes to heap:
./package_vars.go:41:13:   flow: {storage for ... argument} = &{storage for a}:
./package_vars.go:41:13:     from a (spill) at ./package_vars.go:41:13
./package_vars.go:41:13:     from ... argument (slice-literal-element) at ./package_vars.go:41:13
./package_vars.go:41:13:   flow: {heap} = {storage for ... argument}:
./package_vars.go:41:13:     from ... argument (spill) at ./package_vars.go:41:13
./package_vars.go:41:13:     from fmt.Println(... argument...) (call parameter) at ./package_vars.go:41:13
./package_vars.go:41:13: ... argument does not escape
./package_vars.go:41:13: a escapes to heap
./package_vars.go:41:13: b escapes to heap
./package_vars.go:41:13: c escapes to heap
./package_vars.go:41:13: d escapes to heap
./package_vars.go:42:13: ... argument does not escape
./package_vars.go:42:13: msg escapes to heap
./package_vars.go:43:13: ... argument does not escape
./package_vars.go:43:13: table escapes to heap
./package_vars.go:43:13: list escapes to heap
./package_vars.go:44:13: ... argument does not escape
./package_vars.go:44:13: counter escapes to heap
./package_vars.go:47:13: ... argument does not escape
./package_vars.go:47:13: d escapes to heap
./package_vars.go:47:13: counter escapes to heap
./package_vars.go:47:26: K escapes to heap
./package_vars.go:47:29: Big escapes to heap
./package_vars.go:47:34: Small escapes to heap
./package_vars.go:9:27: greeting + ", " + name escapes to heap:
./package_vars.go:9:27:   flow: {heap} = &{storage for greeting + ", " + name}:
./package_vars.go:9:27:     from greeting + ", " + name (spill) at ./package_vars.go:9:27
./package_vars.go:9:27:     from msg = greeting + ", " + name (assign) at ./package_vars.go:9:5
./package_vars.go:9:27: greeting + ", " + name escapes to heap
