./structs.go:16:11: r does not escape
./structs.go:20:11: r does not escape
./structs.go:28:9: &Rect{...} escapes to heap:
./structs.go:28:9:   flow: ~r0 = &{storage for &Rect{...}}:
./structs.go:28:9:     from &Rect{...} (spill) at ./structs.go:28:9
./structs.go:28:9:     from return &Rect{...} (return) at ./structs.go:28:2
./structs.go:27:14: parameter name leaks to {storage for &Rect{...}} with derefs=0:
./structs.go:27:14:   flow: {storage for &Rect{...}} = name:
./structs.go:27:14:     from Rect{...} (struct literal element) at ./structs.go:28:14
./structs.go:27:14: leaking param: name
./structs.go:28:9: &Rect{...} escapes to heap
./structs.go:47:14: &Point{...} escapes to heap:
./structs.go:47:14:   flow: {storage for ... argument} = &{storage for &Point{...}}:
./structs.go:47:14:     from &Point{...} (spill) at ./structs.go:47:14
./structs.go:47:14:     from &Point{...} (interface-converted) at ./structs.go:47:14
./structs.go:47:14:     from ... argument (slice-literal-element) at ./structs.go:47:13
./structs.go:47:14:   flow: {heap} = {storage for ... argument}:
./structs.go:47:14:     from ... argument (spill) at ./structs.go:47:13
./structs.go:47:14:     from fmt.Println(... argument...) (call parameter) at ./structs.go:47:13
./structs.go:46:13: z escapes to heap:
./structs.go:46:13:   flow: {storage for ... argument} = &{storage for z}:
./structs.go:46:13:     from z (spill) at ./structs.go:46:13
./structs.go:46:13:     from ... argument (slice-literal-element) at ./structs.go:46:13
./structs.go:46:13:   flow: {heap} = {storage for ... argument}:
./structs.go:46:13:     from ... argument (spill) at ./structs.go:46:13
./structs.go:46:13:     from fmt.Println(... argument...) (call parameter) at ./structs.go:46:13
./structs.go:44:32: p == q escapes to heap:
./structs.go:44:32:   flow: {storage for ... argument} = &{storage for p == q}:
./structs.go:44:32:     from p == q (spill) at ./structs.go:44:32
./structs.go:44:32:     from ... argument (slice-literal-element) at ./structs.go:44:13
./structs.go:44:32:   flow: {heap} = {storage for ... argument}:
./structs.go:44:32:     from ... argument (spill) at ./structs.go:44:13
./structs.go:44:32:     from fmt.Println(... argument...) (call parameter) at ./structs.go:44:13
./structs.go:44:23: q.Name escapes to heap:
./structs.go:44:23:   flow: {storage for ... argument} = &{storage for q.Name}:
./structs.go:44:23:     from q.Name (spill) at ./structs.go:44:23
./structs.go:44:23:     from ... argument (slice-literal-element) at ./structs.go:44:13
./structs.go:44:23:   flow: {heap} = {storage for ... argument}:
./structs.go:44:23:     from ... argument (spill) at ./structs.go:44:13
./structs.go:44:23:     from fmt.Println(... argument...) (call parameter) at ./structs.go:44:13
./structs.go:44:15: p.Name escapes to heap:
./structs.go:44:15:   flow: {storage for ... argument} = &{storage for p.Name}:
./structs.go:44:15:     from p.Name (spill) at ./structs.go:44:15
./structs.go:44:15:     from ... argument (slice-literal-element) at ./structs.go:44:13
./structs.go:44:15:   flow: {heap} = {storage for ... argument}:
./structs.go:44:15:     from ... argument (spill) at ./structs.go:44:13
./structs.go:44:15:     from fmt.Println(... argument...) (call parameter) at ./structs.go:44:13
./structs.go:41:14: *p escapes to heap:
./structs.go:41:14:   flow: {storage for ... argument} = &{storage for *p}:
./structs.go:41:14:     from *p (spill) at ./structs.go:41:14
./structs.go:41:14:     from ... argument (slice-literal-element) at ./structs.go:41:13
./structs.go:41:14:   flow: {heap} = {storage for ... argument}:
./structs.go:41:14:     from ... argument (spill) at ./structs.go:41:13
./structs.go:41:14:     from fmt.Println(... argument...) (call parameter) at ./structs.go:41:13
./structs.go:40:21: area(*p) escapes to heap:
./structs.go:40:21:   flow: {storage for ... argument} = &{storage for area(*p)}:
./structs.go:40:21:     from area(*p) (spill) at ./structs.go:40:21
./structs.go:40:21:     from ... argument (slice-literal-element) at ./structs.go:40:13
./structs.go:40:21:   flow: {heap} = {storage for ... argument}:
./structs.go:40:21:     from ... argument (spill) at ./structs.go:40:13
./structs.go:40:21:     from fmt.Println(... argument...) (call parameter) at ./structs.go:40:13
./structs.go:37:21: area(c) escapes to heap:
./structs.go:37:21:   flow: {storage for ... argument} = &{storage for area(c)}:
./structs.go:37:21:     from area(c) (spill) at ./structs.go:37:21
./structs.go:37:21:     from ... argument (slice-literal-element) at ./structs.go:37:13
./structs.go:37:21:   flow: {heap} = {storage for ... argument}:
./structs.go:37:21:     from ... argument (spill) at ./structs.go:37:13
./structs.go:37:21:     from fmt.Println(... argument...) (call parameter) at ./structs.go:37:13
./structs.go:37:13: c escapes to heap:
./structs.go:37:13:   flow: {storage for ... argument} = &{storage for c}:
./structs.go:37:13:     from c (spill) at ./structs.go:37:13
./structs.go:37:13:     from ... argument (slice-literal-element) at ./structs.go:37:13
./structs.go:37:13:   flow: {heap} = {storage for ... argument}:
./structs.go:37:13:     from ... argument (spill) at ./structs.go:37:13
./structs.go:37:13:     from fmt.Println(... argument...) (call parameter) at ./structs.go:37:13
./structs.go:36:21: area(r) escapes to heap:
./structs.go:36:21:   flow: {storage for ... argument} = &{storage for area(r)}:
./structs.go:36:21:     from area(r) (spill) at ./structs.go:36:21
./structs.go:36:21:     from ... argument (slice-literal-element) at ./structs.go:36:13
./structs.go:36:21:   flow: {heap} = {storage for ... argument}:
./structs.go:36:21:     from ... argument (spill) at ./structs.go:36:13
./structs.go:36:21:     from fmt.Println(... argument...) (call parameter) at ./structs.go:36:13
./structs.go:36:13: r escapes to heap:
./structs.go:36:13:   flow: {storage for ... argument} = &{storage for r}:
./structs.go:36:13:     from r (spill) at ./structs.go:36:13
./structs.go:36:13:     from ... argument (slice-literal-element) at ./structs.go:36:13
./structs.go:36:13:   flow: {heap} = {storage for ... argument}:
./structs.go:36:13:     from ... argument (spill) at ./structs.go:36:13
./structs.go:36:13:     from fmt.Println(... argument...) (call parameter) at ./structs.go:36:13
./structs.go:33:21: area(r) escapes to heap:
./structs.go:33:21:   flow: {storage for ... argument} = &{storage for area(r)}:
./structs.go:33:21:     from area(r) (spill) at ./structs.go:33:21
./structs.go:33:21:     from ... argument (slice-literal-element) at ./structs.go:33:13
./structs.go:33:21:   flow: {heap} = {storage for ... argument}:
./structs.go:33:21:     from ... argument (spill) at ./structs.go:33:13
./structs.go:33:21:     from fmt.Println(... argument...) (call parameter) at ./structs.go:33:13
./structs.go:33:13: r escapes to heap:
./structs.go:33:13:   flow: {storage for ... argument} = &{storage for r}:
./structs.go:33:13:     from r (spill) at ./structs.go:33:13
./structs.go:33:13:     from ... argument (slice-literal-element) at ./structs.go:33:13
./structs.go:33:13:   flow: {heap} = {storage for ... argument}:
./structs.go:33:13:     from ... argument (spill) at ./structs.go:33:13
./structs.go:33:13:     from fmt.Println(... argument...) (call parameter) at ./structs.go:33:13
./structs.go:33:13: ... argument does not escape
./structs.go:33:13: r escapes to heap
./structs.go:33:21: area(r) escapes to heap
./structs.go:36:13: ... argument does not escape
./structs.go:36:13: r escapes to heap
./structs.go:36:21: area(r) escapes to heap
./structs.go:37:13: ... argument does not escape
./structs.go:37:13: c escapes to heap
./structs.go:37:21: area(c) escapes to heap
./structs.go:40:13: ... argument does not escape
./structs.go:40:21: area(*p) escapes to heap
./structs.go:41:13: ... argument does not escape
./structs.go:41:14: *p escapes to heap
./structs.go:44:13: ... argument does not escape
./structs.go:44:15: p.Name escapes to heap
./structs.go:44:23: q.Name escapes to heap
./structs.go:44:32: p == q escapes to heap
./structs.go:46:13: ... argument does not escape
./structs.go:46:13: z escapes to heap
./structs.go:47:13: ... argument does not escape
./structs.go:47:14: &Point{...} escapes to heap
