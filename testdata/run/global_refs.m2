./global_refs.go:43:13: view escapes to heap:
./global_refs.go:43:13:   flow: {storage for ... argument} = &{storage for view}:
./global_refs.go:43:13:     from view (spill) at ./global_refs.go:43:13
./global_refs.go:43:13:     from ... argument (slice-literal-element) at ./global_refs.go:43:13
./global_refs.go:43:13:   flow: {heap} = {storage for ... argument}:
./global_refs.go:43:13:     from ... argument (spill) at ./global_refs.go:43:13
./global_refs.go:43:13:     from fmt.Println(... argument...) (call parameter) at ./global_refs.go:43:13
./global_refs.go:43:13: arr escapes to heap:
./global_refs.go:43:13:   flow: {storage for ... argument} = &{storage for arr}:
./global_refs.go:43:13:     from arr (spill) at ./global_refs.go:43:13
./global_refs.go:43:13:     from ... argument (slice-literal-element) at ./global_refs.go:43:13
./global_refs.go:43:13:   flow: {heap} = {storage for ... argument}:
./global_refs.go:43:13:     from ... argument (spill) at ./global_refs.go:43:13
./global_refs.go:43:13:     from fmt.Println(... argument...) (call parameter) at ./global_refs.go:43:13
./global_refs.go:40:13: arr escapes to heap:
./global_refs.go:40:13:   flow: {storage for ... argument} = &{storage for arr}:
./global_refs.go:40:13:     from arr (spill) at ./global_refs.go:40:13
./global_refs.go:40:13:     from ... argument (slice-literal-element) at ./global_refs.go:40:13
./global_refs.go:40:13:   flow: {heap} = {storage for ... argument}:
./global_refs.go:40:13:     from ... argument (spill) at ./global_refs.go:40:13
./global_refs.go:40:13:     from fmt.Println(... argument...) (call parameter) at ./global_refs.go:40:13
./global_refs.go:38:81: nested[2] == nil escapes to heap:
./global_refs.go:38:81:   flow: {storage for ... argument} = &{storage for nested[2] == nil}:
./global_refs.go:38:81:     from nested[2] == nil (spill) at ./global_refs.go:38:81
./global_refs.go:38:81:     from ... argument (slice-literal-element) at ./global_refs.go:38:13
./global_refs.go:38:81:   flow: {heap} = {storage for ... argument}:
./global_refs.go:38:81:     from ... argument (spill) at ./global_refs.go:38:13
./global_refs.go:38:81:     from fmt.Println(... argument...) (call parameter) at ./global_refs.go:38:13
./global_refs.go:38:63: nested[3] == nil escapes to heap:
./global_refs.go:38:63:   flow: {storage for ... argument} = &{storage for nested[3] == nil}:
./global_refs.go:38:63:     from nested[3] == nil (spill) at ./global_refs.go:38:63
./global_refs.go:38:63:     from ... argument (slice-literal-element) at ./global_refs.go:38:13
./global_refs.go:38:63:   flow: {heap} = {storage for ... argument}:
./global_refs.go:38:63:     from ... argument (spill) at ./global_refs.go:38:13
./global_refs.go:38:63:     from fmt.Println(... argument...) (call parameter) at ./global_refs.go:38:13
./global_refs.go:38:40: len(nested[3]) escapes to heap:
./global_refs.go:38:40:   flow: {storage for ... argument} = &{storage for len(nested[3])}:
./global_refs.go:38:40:     from len(nested[3]) (spill) at ./global_refs.go:38:40
./global_refs.go:38:40:     from ... argument (slice-literal-element) at ./global_refs.go:38:13
./global_refs.go:38:40:   flow: {heap} = {storage for ... argument}:
./global_refs.go:38:40:     from ... argument (spill) at ./global_refs.go:38:13
./global_refs.go:38:40:     from fmt.Println(... argument...) (call parameter) at ./global_refs.go:38:13
./global_refs.go:38:22: nested escapes to heap:
./global_refs.go:38:22:   flow: {storage for ... argument} = &{storage for nested}:
./global_refs.go:38:22:     from nested (spill) at ./global_refs.go:38:22
./global_refs.go:38:22:     from ... argument (slice-literal-element) at ./global_refs.go:38:13
./global_refs.go:38:22:   flow: {heap} = {storage for ... argument}:
./global_refs.go:38:22:     from ... argument (spill) at ./global_refs.go:38:13
./global_refs.go:38:22:     from fmt.Println(... argument...) (call parameter) at ./global_refs.go:38:13
./global_refs.go:38:22: items[1].Name escapes to heap:
./global_refs.go:38:22:   flow: {storage for ... argument} = &{storage for items[1].Name}:
./global_refs.go:38:22:     from items[1].Name (spill) at ./global_refs.go:38:22
./global_refs.go:38:22:     from ... argument (slice-literal-element) at ./global_refs.go:38:13
./global_refs.go:38:22:   flow: {heap} = {storage for ... argument}:
./global_refs.go:38:22:     from ... argument (spill) at ./global_refs.go:38:13
./global_refs.go:38:22:     from fmt.Println(... argument...) (call parameter) at ./global_refs.go:38:13
./global_refs.go:35:26: s escapes to heap:
./global_refs.go:35:26:   flow: {storage for ... argument} = &{storage for s}:
./global_refs.go:35:26:     from s (spill) at ./global_refs.go:35:26
./global_refs.go:35:26:     from ... argument (slice-literal-element) at ./global_refs.go:35:14
./global_refs.go:35:26:   flow: {heap} = {storage for ... argument}:
./global_refs.go:35:26:     from ... argument (spill) at ./global_refs.go:35:14
./global_refs.go:35:26:     from fmt.Println(... argument...) (call parameter) at ./global_refs.go:35:14
./global_refs.go:35:26: it.Tags escapes to heap:
./global_refs.go:35:26:   flow: {storage for ... argument} = &{storage for it.Tags}:
./global_refs.go:35:26:     from it.Tags (spill) at ./global_refs.go:35:26
./global_refs.go:35:26:     from ... argument (slice-literal-element) at ./global_refs.go:35:14
./global_refs.go:35:26:   flow: {heap} = {storage for ... argument}:
./global_refs.go:35:26:     from ... argument (spill) at ./global_refs.go:35:14
./global_refs.go:35:26:     from fmt.Println(... argument...) (call parameter) at ./global_refs.go:35:14
./global_refs.go:35:17: it.Name escapes to heap:
./global_refs.go:35:17:   flow: {storage for ... argument} = &{storage for it.Name}:
./global_refs.go:35:17:     from it.Name (spill) at ./global_refs.go:35:17
./global_refs.go:35:17:     from ... argument (slice-literal-element) at ./global_refs.go:35:14
./global_refs.go:35:17:   flow: {heap} = {storage for ... argument}:
./global_refs.go:35:17:     from ... argument (spill) at ./global_refs.go:35:14
./global_refs.go:35:17:     from fmt.Println(... argument...) (call parameter) at ./global_refs.go:35:14
./global_refs.go:29:39: cap(view) escapes to heap:
./global_refs.go:29:39:   flow: {storage for ... argument} = &{storage for cap(view)}:
./global_refs.go:29:39:     from cap(view) (spill) at ./global_refs.go:29:39
./global_refs.go:29:39:     from ... argument (slice-literal-element) at ./global_refs.go:29:13
./global_refs.go:29:39:   flow: {heap} = {storage for ... argument}:
./global_refs.go:29:39:     from ... argument (spill) at ./global_refs.go:29:13
./global_refs.go:29:39:     from fmt.Println(... argument...) (call parameter) at ./global_refs.go:29:13
./global_refs.go:29:28: len(view) escapes to heap:
./global_refs.go:29:28:   flow: {storage for ... argument} = &{storage for len(view)}:
./global_refs.go:29:28:     from len(view) (spill) at ./global_refs.go:29:28
./global_refs.go:29:28:     from ... argument (slice-literal-element) at ./global_refs.go:29:13
./global_refs.go:29:28:   flow: {heap} = {storage for ... argument}:
./global_refs.go:29:28:     from ... argument (spill) at ./global_refs.go:29:13
./global_refs.go:29:28:     from fmt.Println(... argument...) (call parameter) at ./global_refs.go:29:13
./global_refs.go:29:13: view escapes to heap:
./global_refs.go:29:13:   flow: {storage for ... argument} = &{storage for view}:
./global_refs.go:29:13:     from view (spill) at ./global_refs.go:29:13
./global_refs.go:29:13:     from ... argument (slice-literal-element) at ./global_refs.go:29:13
./global_refs.go:29:13:   flow: {heap} = {storage for ... argument}:
./global_refs.go:29:13:     from ... argument (spill) at ./global_refs.go:29:13
./global_refs.go:29:13:     from fmt.Println(... argument...) (call parameter) at ./global_refs.go:29:13
./global_refs.go:29:13: arr escapes to heap:
./global_refs.go:29:13:   flow: {storage for ... argument} = &{storage for arr}:
./global_refs.go:29:13:     from arr (spill) at ./global_refs.go:29:13
./global_refs.go:29:13:     from ... argument (slice-literal-element) at ./global_refs.go:29:13
./global_refs.go:29:13:   flow: {heap} = {storage for ... argument}:
./global_refs.go:29:13:     from ... argument (spill) at ./global_refs.go:29:13
./global_refs.go:29:13:     from fmt.Println(... argument...) (call parameter) at ./global_refs.go:29:13
./global_refs.go:27:30: *ptrs[1] escapes to heap:
./global_refs.go:27:30:   flow: {storage for ... argument} = &{storage for *ptrs[1]}:
./global_refs.go:27:30:     from *ptrs[1] (spill) at ./global_refs.go:27:30
./global_refs.go:27:30:     from ... argument (slice-literal-element) at ./global_refs.go:27:13
./global_refs.go:27:30:   flow: {heap} = {storage for ... argument}:
./global_refs.go:27:30:     from ... argument (spill) at ./global_refs.go:27:13
./global_refs.go:27:30:     from fmt.Println(... argument...) (call parameter) at ./global_refs.go:27:13
./global_refs.go:27:20: *ptrs[0] escapes to heap:
./global_refs.go:27:20:   flow: {storage for ... argument} = &{storage for *ptrs[0]}:
./global_refs.go:27:20:     from *ptrs[0] (spill) at ./global_refs.go:27:20
./global_refs.go:27:20:     from ... argument (slice-literal-element) at ./global_refs.go:27:13
./global_refs.go:27:20:   flow: {heap} = {storage for ... argument}:
./global_refs.go:27:20:     from ... argument (spill) at ./global_refs.go:27:13
./global_refs.go:27:20:     from fmt.Println(... argument...) (call parameter) at ./global_refs.go:27:13
./global_refs.go:27:13: y escapes to heap:
./global_refs.go:27:13:   flow: {storage for ... argument} = &{storage for y}:
./global_refs.go:27:13:     from y (spill) at ./global_refs.go:27:13
./global_refs.go:27:13:     from ... argument (slice-literal-element) at ./global_refs.go:27:13
./global_refs.go:27:13:   flow: {heap} = {storage for ... argument}:
./global_refs.go:27:13:     from ... argument (spill) at ./global_refs.go:27:13
./global_refs.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./global_refs.go:27:13
./global_refs.go:27:13: x escapes to heap:
./global_refs.go:27:13:   flow: {storage for ... argument} = &{storage for x}:
./global_refs.go:27:13:     from x (spill) at ./global_refs.go:27:13
./global_refs.go:27:13:     from ... argument (slice-literal-element) at ./global_refs.go:27:13
./global_refs.go:27:13:   flow: {heap} = {storage for ... argument}:
./global_refs.go:27:13:     from ... argument (spill) at ./global_refs.go:27:13
./global_refs.go:27:13:     from fmt.Println(... argument...) (call parameter) at ./global_refs.go:27:13
./global_refs.go:27:13: ... argument does not escape
./global_refs.go:27:13: x escapes to heap
./global_refs.go:27:13: y escapes to heap
./global_refs.go:27:20: *ptrs[0] escapes to heap
./global_refs.go:27:30: *ptrs[1] escapes to heap
./global_refs.go:29:13: ... argument does not escape
./global_refs.go:29:13: arr escapes to heap
./global_refs.go:29:13: view escapes to heap
./global_refs.go:29:28: len(view) escapes to heap
./global_refs.go:29:39: cap(view) escapes to heap
./global_refs.go:35:14: ... argument does not escape
./global_refs.go:35:17: it.Name escapes to heap
./global_refs.go:35:26: it.Tags escapes to heap
./global_refs.go:35:26: s escapes to heap
./global_refs.go:38:13: ... argument does not escape
./global_refs.go:38:22: items[1].Name escapes to heap
./global_refs.go:38:22: nested escapes to heap
./global_refs.go:38:40: len(nested[3]) escapes to heap
./global_refs.go:38:63: nested[3] == nil escapes to heap
./global_refs.go:38:81: nested[2] == nil escapes to heap
./global_refs.go:40:13: ... argument does not escape
./global_refs.go:40:13: arr escapes to heap
./global_refs.go:43:13: ... argument does not escape
./global_refs.go:43:13: arr escapes to heap
./global_refs.go:43:13: view escapes to heap
