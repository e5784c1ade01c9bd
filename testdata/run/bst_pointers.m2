./bst_pointers.go:10:13: parameter n leaks to {heap} with derefs=0:
./bst_pointers.go:10:13:   flow: ~r0 = n:
./bst_pointers.go:10:13:     from return n (return) at ./bst_pointers.go:19:2
./bst_pointers.go:10:13:   flow: {heap} = ~r0:
./bst_pointers.go:10:13:     from n.Left = insert(n.Left, v) (assign) at ./bst_pointers.go:15:10
./bst_pointers.go:12:10: &Node{...} escapes to heap:
./bst_pointers.go:12:10:   flow: ~r0 = &{storage for &Node{...}}:
./bst_pointers.go:12:10:     from &Node{...} (spill) at ./bst_pointers.go:12:10
./bst_pointers.go:12:10:     from return &Node{...} (return) at ./bst_pointers.go:12:3
./bst_pointers.go:12:10:   flow: {heap} = ~r0:
./bst_pointers.go:12:10:     from n.Left = insert(n.Left, v) (assign) at ./bst_pointers.go:15:10
./bst_pointers.go:10:13: parameter n leaks to ~r0 with derefs=0:
./bst_pointers.go:10:13:   flow: ~r0 = n:
./bst_pointers.go:10:13:     from return n (return) at ./bst_pointers.go:19:2
./bst_pointers.go:10:13: leaking param: n
./bst_pointers.go:12:10: &Node{...} escapes to heap
./bst_pointers.go:22:20: parameter out leaks to ~r0 with derefs=0:
./bst_pointers.go:22:20:   flow: ~r0 = out:
./bst_pointers.go:22:20:     from return out (return) at ./bst_pointers.go:24:3
./bst_pointers.go:22:11: n does not escape
./bst_pointers.go:22:20: leaking param: out to result ~r0 level=0
./bst_pointers.go:31:13: n does not escape
./bst_pointers.go:42:11: p does not escape
./bst_pointers.go:44:14: parameter a leaks to {heap} with derefs=1:
./bst_pointers.go:44:14:   flow: {heap} = *a:
./bst_pointers.go:44:14:     from *a (indirection) at ./bst_pointers.go:44:41
./bst_pointers.go:44:14:     from *a, *b = *b, *a (assign-pair) at ./bst_pointers.go:44:35
./bst_pointers.go:44:17: parameter b leaks to {heap} with derefs=1:
./bst_pointers.go:44:17:   flow: {heap} = *b:
./bst_pointers.go:44:17:     from *b (indirection) at ./bst_pointers.go:44:37
./bst_pointers.go:44:17:     from *a, *b = *b, *a (assign-pair) at ./bst_pointers.go:44:35
./bst_pointers.go:44:14: leaking param content: a
./bst_pointers.go:44:17: leaking param content: b
./bst_pointers.go:66:14: new(Node) escapes to heap:
./bst_pointers.go:66:14:   flow: {heap} = &{storage for new(Node)}:
./bst_pointers.go:66:14:     from new(Node) (spill) at ./bst_pointers.go:66:14
./bst_pointers.go:66:14:     from m.Left = new(Node) (assign) at ./bst_pointers.go:66:9
./bst_pointers.go:86:30: root != nil escapes to heap:
./bst_pointers.go:86:30:   flow: {storage for ... argument} = &{storage for root != nil}:
./bst_pointers.go:86:30:     from root != nil (spill) at ./bst_pointers.go:86:30
./bst_pointers.go:86:30:     from ... argument (slice-literal-element) at ./bst_pointers.go:86:13
./bst_pointers.go:86:30:   flow: {heap} = {storage for ... argument}:
./bst_pointers.go:86:30:     from ... argument (spill) at ./bst_pointers.go:86:13
./bst_pointers.go:86:30:     from fmt.Println(... argument...) (call parameter) at ./bst_pointers.go:86:13
./bst_pointers.go:86:17: np == nil escapes to heap:
./bst_pointers.go:86:17:   flow: {storage for ... argument} = &{storage for np == nil}:
./bst_pointers.go:86:17:     from np == nil (spill) at ./bst_pointers.go:86:17
./bst_pointers.go:86:17:     from ... argument (slice-literal-element) at ./bst_pointers.go:86:13
./bst_pointers.go:86:17:   flow: {heap} = {storage for ... argument}:
./bst_pointers.go:86:17:     from ... argument (spill) at ./bst_pointers.go:86:13
./bst_pointers.go:86:17:     from fmt.Println(... argument...) (call parameter) at ./bst_pointers.go:86:13
./bst_pointers.go:84:14: *type2 escapes to heap:
./bst_pointers.go:84:14:   flow: {storage for ... argument} = &{storage for *type2}:
./bst_pointers.go:84:14:     from *type2 (spill) at ./bst_pointers.go:84:14
./bst_pointers.go:84:14:     from ... argument (slice-literal-element) at ./bst_pointers.go:84:13
./bst_pointers.go:84:14:   flow: {heap} = {storage for ... argument}:
./bst_pointers.go:84:14:     from ... argument (spill) at ./bst_pointers.go:84:13
./bst_pointers.go:84:14:     from fmt.Println(... argument...) (call parameter) at ./bst_pointers.go:84:13
./bst_pointers.go:81:22: len(*ps) escapes to heap:
./bst_pointers.go:81:22:   flow: {storage for ... argument} = &{storage for len(*ps)}:
./bst_pointers.go:81:22:     from len(*ps) (spill) at ./bst_pointers.go:81:22
./bst_pointers.go:81:22:     from ... argument (slice-literal-element) at ./bst_pointers.go:81:13
./bst_pointers.go:81:22:   flow: {heap} = {storage for ... argument}:
./bst_pointers.go:81:22:     from ... argument (spill) at ./bst_pointers.go:81:13
./bst_pointers.go:81:22:     from fmt.Println(... argument...) (call parameter) at ./bst_pointers.go:81:13
./bst_pointers.go:81:14: *ps escapes to heap:
./bst_pointers.go:81:14:   flow: {storage for ... argument} = &{storage for *ps}:
./bst_pointers.go:81:14:     from *ps (spill) at ./bst_pointers.go:81:14
./bst_pointers.go:81:14:     from ... argument (slice-literal-element) at ./bst_pointers.go:81:13
./bst_pointers.go:81:14:   flow: {heap} = {storage for ... argument}:
./bst_pointers.go:81:14:     from ... argument (spill) at ./bst_pointers.go:81:13
./bst_pointers.go:81:14:     from fmt.Println(... argument...) (call parameter) at ./bst_pointers.go:81:13
./bst_pointers.go:78:13: arr escapes to heap:
./bst_pointers.go:78:13:   flow: {storage for ... argument} = &{storage for arr}:
./bst_pointers.go:78:13:     from arr (spill) at ./bst_pointers.go:78:13
./bst_pointers.go:78:13:     from ... argument (slice-literal-element) at ./bst_pointers.go:78:13
./bst_pointers.go:78:13:   flow: {heap} = {storage for ... argument}:
./bst_pointers.go:78:13:     from ... argument (spill) at ./bst_pointers.go:78:13
./bst_pointers.go:78:13:     from fmt.Println(... argument...) (call parameter) at ./bst_pointers.go:78:13
./bst_pointers.go:75:17: len(pa) escapes to heap:
./bst_pointers.go:75:17:   flow: {storage for ... argument} = &{storage for len(pa)}:
./bst_pointers.go:75:17:     from len(pa) (spill) at ./bst_pointers.go:75:17
./bst_pointers.go:75:17:     from ... argument (slice-literal-element) at ./bst_pointers.go:75:13
./bst_pointers.go:75:17:   flow: {heap} = {storage for ... argument}:
./bst_pointers.go:75:17:     from ... argument (spill) at ./bst_pointers.go:75:13
./bst_pointers.go:75:17:     from fmt.Println(... argument...) (call parameter) at ./bst_pointers.go:75:13
./bst_pointers.go:73:19: " " escapes to heap:
./bst_pointers.go:73:19:   flow: {storage for ... argument} = &{storage for " "}:
./bst_pointers.go:73:19:     from " " (spill) at ./bst_pointers.go:73:19
./bst_pointers.go:73:19:     from ... argument (slice-literal-element) at ./bst_pointers.go:73:12
./bst_pointers.go:73:19:   flow: {heap} = {storage for ... argument}:
./bst_pointers.go:73:19:     from ... argument (spill) at ./bst_pointers.go:73:12
./bst_pointers.go:73:19:     from fmt.Print(... argument...) (call parameter) at ./bst_pointers.go:73:12
./bst_pointers.go:73:12: v escapes to heap:
./bst_pointers.go:73:12:   flow: {storage for ... argument} = &{storage for v}:
./bst_pointers.go:73:12:     from v (spill) at ./bst_pointers.go:73:12
./bst_pointers.go:73:12:     from ... argument (slice-literal-element) at ./bst_pointers.go:73:12
./bst_pointers.go:73:12:   flow: {heap} = {storage for ... argument}:
./bst_pointers.go:73:12:     from ... argument (spill) at ./bst_pointers.go:73:12
./bst_pointers.go:73:12:     from fmt.Print(... argument...) (call parameter) at ./bst_pointers.go:73:12
./bst_pointers.go:73:12: i escapes to heap:
./bst_pointers.go:73:12:   flow: {storage for ... argument} = &{storage for i}:
./bst_pointers.go:73:12:     from i (spill) at ./bst_pointers.go:73:12
./bst_pointers.go:73:12:     from ... argument (slice-literal-element) at ./bst_pointers.go:73:12
./bst_pointers.go:73:12:   flow: {heap} = {storage for ... argument}:
./bst_pointers.go:73:12:     from ... argument (spill) at ./bst_pointers.go:73:12
./bst_pointers.go:73:12:     from fmt.Print(... argument...) (call parameter) at ./bst_pointers.go:73:12
./bst_pointers.go:68:45: m.Right == nil escapes to heap:
./bst_pointers.go:68:45:   flow: {storage for ... argument} = &{storage for m.Right == nil}:
./bst_pointers.go:68:45:     from m.Right == nil (spill) at ./bst_pointers.go:68:45
./bst_pointers.go:68:45:     from ... argument (slice-literal-element) at ./bst_pointers.go:68:13
./bst_pointers.go:68:45:   flow: {heap} = {storage for ... argument}:
./bst_pointers.go:68:45:     from ... argument (spill) at ./bst_pointers.go:68:13
./bst_pointers.go:68:45:     from fmt.Println(... argument...) (call parameter) at ./bst_pointers.go:68:13
./bst_pointers.go:68:31: m.Left.Val escapes to heap:
./bst_pointers.go:68:31:   flow: {storage for ... argument} = &{storage for m.Left.Val}:
./bst_pointers.go:68:31:     from m.Left.Val (spill) at ./bst_pointers.go:68:31
./bst_pointers.go:68:31:     from ... argument (slice-literal-element) at ./bst_pointers.go:68:13
./bst_pointers.go:68:31:   flow: {heap} = {storage for ... argument}:
./bst_pointers.go:68:31:     from ... argument (spill) at ./bst_pointers.go:68:13
./bst_pointers.go:68:31:     from fmt.Println(... argument...) (call parameter) at ./bst_pointers.go:68:13
./bst_pointers.go:68:19: m.Val escapes to heap:
./bst_pointers.go:68:19:   flow: {storage for ... argument} = &{storage for m.Val}:
./bst_pointers.go:68:19:     from m.Val (spill) at ./bst_pointers.go:68:19
./bst_pointers.go:68:19:     from ... argument (slice-literal-element) at ./bst_pointers.go:68:13
./bst_pointers.go:68:19:   flow: {heap} = {storage for ... argument}:
./bst_pointers.go:68:19:     from ... argument (spill) at ./bst_pointers.go:68:13
./bst_pointers.go:68:19:     from fmt.Println(... argument...) (call parameter) at ./bst_pointers.go:68:13
./bst_pointers.go:68:14: *n escapes to heap:
./bst_pointers.go:68:14:   flow: {storage for ... argument} = &{storage for *n}:
./bst_pointers.go:68:14:     from *n (spill) at ./bst_pointers.go:68:14
./bst_pointers.go:68:14:     from ... argument (slice-literal-element) at ./bst_pointers.go:68:13
./bst_pointers.go:68:14:   flow: {heap} = {storage for ... argument}:
./bst_pointers.go:68:14:     from ... argument (spill) at ./bst_pointers.go:68:13
./bst_pointers.go:68:14:     from fmt.Println(... argument...) (call parameter) at ./bst_pointers.go:68:13
./bst_pointers.go:62:18: *q escapes to heap:
./bst_pointers.go:62:18:   flow: {storage for ... argument} = &{storage for *q}:
./bst_pointers.go:62:18:     from *q (spill) at ./bst_pointers.go:62:18
./bst_pointers.go:62:18:     from ... argument (slice-literal-element) at ./bst_pointers.go:62:13
./bst_pointers.go:62:18:   flow: {heap} = {storage for ... argument}:
./bst_pointers.go:62:18:     from ... argument (spill) at ./bst_pointers.go:62:13
./bst_pointers.go:62:18:     from fmt.Println(... argument...) (call parameter) at ./bst_pointers.go:62:13
./bst_pointers.go:62:14: *p escapes to heap:
./bst_pointers.go:62:14:   flow: {storage for ... argument} = &{storage for *p}:
./bst_pointers.go:62:14:     from *p (spill) at ./bst_pointers.go:62:14
./bst_pointers.go:62:14:     from ... argument (slice-literal-element) at ./bst_pointers.go:62:13
./bst_pointers.go:62:14:   flow: {heap} = {storage for ... argument}:
./bst_pointers.go:62:14:     from ... argument (spill) at ./bst_pointers.go:62:13
./bst_pointers.go:62:14:     from fmt.Println(... argument...) (call parameter) at ./bst_pointers.go:62:13
./bst_pointers.go:59:2: y escapes to heap:
./bst_pointers.go:59:2:   flow: q = &y:
./bst_pointers.go:59:2:     from &y (address-of) at ./bst_pointers.go:60:7
./bst_pointers.go:59:2:     from q := &y (assign) at ./bst_pointers.go:60:4
./bst_pointers.go:59:2:   flow: {heap} = q:
./bst_pointers.go:59:2:     from &q (address-of) at ./bst_pointers.go:61:14
./bst_pointers.go:59:2:     from swapPtr(&p, &q) (call parameter) at ./bst_pointers.go:61:9
./bst_pointers.go:52:2: x escapes to heap:
./bst_pointers.go:52:2:   flow: p = &x:
./bst_pointers.go:52:2:     from &x (address-of) at ./bst_pointers.go:53:7
./bst_pointers.go:52:2:     from p := &x (assign) at ./bst_pointers.go:53:4
./bst_pointers.go:52:2:   flow: {heap} = p:
./bst_pointers.go:52:2:     from &p (address-of) at ./bst_pointers.go:61:10
./bst_pointers.go:52:2:     from swapPtr(&p, &q) (call parameter) at ./bst_pointers.go:61:9
./bst_pointers.go:58:28: p == &x escapes to heap:
./bst_pointers.go:58:28:   flow: {storage for ... argument} = &{storage for p == &x}:
./bst_pointers.go:58:28:     from p == &x (spill) at ./bst_pointers.go:58:28
./bst_pointers.go:58:28:     from ... argument (slice-literal-element) at ./bst_pointers.go:58:13
./bst_pointers.go:58:28:   flow: {heap} = {storage for ... argument}:
./bst_pointers.go:58:28:     from ... argument (spill) at ./bst_pointers.go:58:13
./bst_pointers.go:58:28:     from fmt.Println(... argument...) (call parameter) at ./bst_pointers.go:58:13
./bst_pointers.go:58:20: *p == x escapes to heap:
./bst_pointers.go:58:20:   flow: {storage for ... argument} = &{storage for *p == x}:
./bst_pointers.go:58:20:     from *p == x (spill) at ./bst_pointers.go:58:20
./bst_pointers.go:58:20:     from ... argument (slice-literal-element) at ./bst_pointers.go:58:13
./bst_pointers.go:58:20:   flow: {heap} = {storage for ... argument}:
./bst_pointers.go:58:20:     from ... argument (spill) at ./bst_pointers.go:58:13
./bst_pointers.go:58:20:     from fmt.Println(... argument...) (call parameter) at ./bst_pointers.go:58:13
./bst_pointers.go:58:13: x escapes to heap:
./bst_pointers.go:58:13:   flow: {storage for ... argument} = &{storage for x}:
./bst_pointers.go:58:13:     from x (spill) at ./bst_pointers.go:58:13
./bst_pointers.go:58:13:     from ... argument (slice-literal-element) at ./bst_pointers.go:58:13
./bst_pointers.go:58:13:   flow: {heap} = {storage for ... argument}:
./bst_pointers.go:58:13:     from ... argument (spill) at ./bst_pointers.go:58:13
./bst_pointers.go:58:13:     from fmt.Println(... argument...) (call parameter) at ./bst_pointers.go:58:13
./bst_pointers.go:51:37: height(root) escapes to heap:
./bst_pointers.go:51:37:   flow: {storage for ... argument} = &{storage for height(root)}:
./bst_pointers.go:51:37:     from height(root) (spill) at ./bst_pointers.go:51:37
./bst_pointers.go:51:37:     from ... argument (slice-literal-element) at ./bst_pointers.go:51:13
./bst_pointers.go:51:37:   flow: {heap} = {storage for ... argument}:
./bst_pointers.go:51:37:     from ... argument (spill) at ./bst_pointers.go:51:13
./bst_pointers.go:51:37:     from fmt.Println(... argument...) (call parameter) at ./bst_pointers.go:51:13
./bst_pointers.go:51:18: walk(root, nil) escapes to heap:
./bst_pointers.go:51:18:   flow: {storage for ... argument} = &{storage for walk(root, nil)}:
./bst_pointers.go:51:18:     from walk(root, nil) (spill) at ./bst_pointers.go:51:18
./bst_pointers.go:51:18:     from ... argument (slice-literal-element) at ./bst_pointers.go:51:13
./bst_pointers.go:51:18:   flow: {heap} = {storage for ... argument}:
./bst_pointers.go:51:18:     from ... argument (spill) at ./bst_pointers.go:51:13
./bst_pointers.go:51:18:     from fmt.Println(... argument...) (call parameter) at ./bst_pointers.go:51:13
./bst_pointers.go:52:2: moved to heap: x
./bst_pointers.go:59:2: moved to heap: y
./bst_pointers.go:48:25: []int{...} does not escape
./bst_pointers.go:51:13: ... argument does not escape
./bst_pointers.go:51:18: walk(root, nil) escapes to heap
./bst_pointers.go:51:37: height(root) escapes to heap
./bst_pointers.go:58:13: ... argument does not escape
./bst_pointers.go:58:13: x escapes to heap
./bst_pointers.go:58:20: *p == x escapes to heap
./bst_pointers.go:58:28: p == &x escapes to heap
./bst_pointers.go:62:13: ... argument does not escape
./bst_pointers.go:62:14: *p escapes to heap
./bst_pointers.go:62:18: *q escapes to heap
./bst_pointers.go:63:10: new(int) does not escape
./bst_pointers.go:65:10: new(Node) does not escape
./bst_pointers.go:66:14: new(Node) escapes to heap
./bst_pointers.go:68:13: ... argument does not escape
./bst_pointers.go:68:14: *n escapes to heap
./bst_pointers.go:68:19: m.Val escapes to heap
./bst_pointers.go:68:31: m.Left.Val escapes to heap
./bst_pointers.go:68:45: m.Right == nil escapes to heap
./bst_pointers.go:73:12: ... argument does not escape
./bst_pointers.go:73:12: i escapes to heap
./bst_pointers.go:73:12: v escapes to heap
./bst_pointers.go:73:19: " " escapes to heap
./bst_pointers.go:75:13: ... argument does not escape
./bst_pointers.go:75:17: len(pa) escapes to heap
./bst_pointers.go:78:13: ... argument does not escape
./bst_pointers.go:78:13: arr escapes to heap
./bst_pointers.go:79:11: new([]int) does not escape
./bst_pointers.go:81:13: ... argument does not escape
./bst_pointers.go:81:14: *ps escapes to heap
./bst_pointers.go:81:22: len(*ps) escapes to heap
./bst_pointers.go:82:11: &struct0{} does not escape
./bst_pointers.go:84:13: ... argument does not escape
./bst_pointers.go:84:14: *type2 escapes to heap
./bst_pointers.go:86:13: ... argument does not escape
./bst_pointers.go:86:17: np == nil escapes to heap
./bst_pointers.go:86:30: root != nil escapes to heap
