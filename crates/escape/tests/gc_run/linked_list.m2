./linked_list.go:11:9: &Node{...} escapes to heap:
./linked_list.go:11:9:   flow: ~r0 = &{storage for &Node{...}}:
./linked_list.go:11:9:     from &Node{...} (spill) at ./linked_list.go:11:9
./linked_list.go:11:9:     from return &Node{...} (return) at ./linked_list.go:11:2
./linked_list.go:10:11: parameter head leaks to {storage for &Node{...}} with derefs=0:
./linked_list.go:10:11:   flow: {storage for &Node{...}} = head:
./linked_list.go:10:11:     from Node{...} (struct literal element) at ./linked_list.go:11:14
./linked_list.go:10:11: leaking param: head
./linked_list.go:11:9: &Node{...} escapes to heap
./linked_list.go:14:14: parameter head leaks to {heap} with derefs=0:
./linked_list.go:14:14:   flow: prev = head:
./linked_list.go:14:14:     from prev = head (assign) at ./linked_list.go:19:8
./linked_list.go:14:14:   flow: {heap} = prev:
./linked_list.go:14:14:     from head.Next = prev (assign) at ./linked_list.go:18:13
./linked_list.go:14:14: parameter head leaks to ~r0 with derefs=0:
./linked_list.go:14:14:   flow: prev = head:
./linked_list.go:14:14:     from prev = head (assign) at ./linked_list.go:19:8
./linked_list.go:14:14:   flow: ~r0 = prev:
./linked_list.go:14:14:     from return prev (return) at ./linked_list.go:22:2
./linked_list.go:14:14: leaking param: head
./linked_list.go:25:14: head does not escape
./linked_list.go:33:13: n does not escape
./linked_list.go:48:54: head.Next.Next == nil escapes to heap:
./linked_list.go:48:54:   flow: {storage for ... argument} = &{storage for head.Next.Next == nil}:
./linked_list.go:48:54:     from head.Next.Next == nil (spill) at ./linked_list.go:48:54
./linked_list.go:48:54:     from ... argument (slice-literal-element) at ./linked_list.go:48:13
./linked_list.go:48:54:   flow: {heap} = {storage for ... argument}:
./linked_list.go:48:54:     from ... argument (spill) at ./linked_list.go:48:13
./linked_list.go:48:54:     from fmt.Println(... argument...) (call parameter) at ./linked_list.go:48:13
./linked_list.go:48:33: head.Next.Val escapes to heap:
./linked_list.go:48:33:   flow: {storage for ... argument} = &{storage for head.Next.Val}:
./linked_list.go:48:33:     from head.Next.Val (spill) at ./linked_list.go:48:33
./linked_list.go:48:33:     from ... argument (slice-literal-element) at ./linked_list.go:48:13
./linked_list.go:48:33:   flow: {heap} = {storage for ... argument}:
./linked_list.go:48:33:     from ... argument (spill) at ./linked_list.go:48:13
./linked_list.go:48:33:     from fmt.Println(... argument...) (call parameter) at ./linked_list.go:48:13
./linked_list.go:48:18: head.Val escapes to heap:
./linked_list.go:48:18:   flow: {storage for ... argument} = &{storage for head.Val}:
./linked_list.go:48:18:     from head.Val (spill) at ./linked_list.go:48:18
./linked_list.go:48:18:     from ... argument (slice-literal-element) at ./linked_list.go:48:13
./linked_list.go:48:18:   flow: {heap} = {storage for ... argument}:
./linked_list.go:48:18:     from ... argument (spill) at ./linked_list.go:48:13
./linked_list.go:48:18:     from fmt.Println(... argument...) (call parameter) at ./linked_list.go:48:13
./linked_list.go:47:35: length(head) escapes to heap:
./linked_list.go:47:35:   flow: {storage for ... argument} = &{storage for length(head)}:
./linked_list.go:47:35:     from length(head) (spill) at ./linked_list.go:47:35
./linked_list.go:47:35:     from ... argument (slice-literal-element) at ./linked_list.go:47:13
./linked_list.go:47:35:   flow: {heap} = {storage for ... argument}:
./linked_list.go:47:35:     from ... argument (spill) at ./linked_list.go:47:13
./linked_list.go:47:35:     from fmt.Println(... argument...) (call parameter) at ./linked_list.go:47:13
./linked_list.go:47:21: toSlice(head) escapes to heap:
./linked_list.go:47:21:   flow: {storage for ... argument} = &{storage for toSlice(head)}:
./linked_list.go:47:21:     from toSlice(head) (spill) at ./linked_list.go:47:21
./linked_list.go:47:21:     from ... argument (slice-literal-element) at ./linked_list.go:47:13
./linked_list.go:47:21:   flow: {heap} = {storage for ... argument}:
./linked_list.go:47:21:     from ... argument (spill) at ./linked_list.go:47:13
./linked_list.go:47:21:     from fmt.Println(... argument...) (call parameter) at ./linked_list.go:47:13
./linked_list.go:45:35: length(head) escapes to heap:
./linked_list.go:45:35:   flow: {storage for ... argument} = &{storage for length(head)}:
./linked_list.go:45:35:     from length(head) (spill) at ./linked_list.go:45:35
./linked_list.go:45:35:     from ... argument (slice-literal-element) at ./linked_list.go:45:13
./linked_list.go:45:35:   flow: {heap} = {storage for ... argument}:
./linked_list.go:45:35:     from ... argument (spill) at ./linked_list.go:45:13
./linked_list.go:45:35:     from fmt.Println(... argument...) (call parameter) at ./linked_list.go:45:13
./linked_list.go:45:21: toSlice(head) escapes to heap:
./linked_list.go:45:21:   flow: {storage for ... argument} = &{storage for toSlice(head)}:
./linked_list.go:45:21:     from toSlice(head) (spill) at ./linked_list.go:45:21
./linked_list.go:45:21:     from ... argument (slice-literal-element) at ./linked_list.go:45:13
./linked_list.go:45:21:   flow: {heap} = {storage for ... argument}:
./linked_list.go:45:21:     from ... argument (spill) at ./linked_list.go:45:13
./linked_list.go:45:21:     from fmt.Println(... argument...) (call parameter) at ./linked_list.go:45:13
./linked_list.go:45:13: ... argument does not escape
./linked_list.go:45:21: toSlice(head) escapes to heap
./linked_list.go:45:35: length(head) escapes to heap
./linked_list.go:47:13: ... argument does not escape
./linked_list.go:47:21: toSlice(head) escapes to heap
./linked_list.go:47:35: length(head) escapes to heap
./linked_list.go:48:13: ... argument does not escape
./linked_list.go:48:18: head.Val escapes to heap
./linked_list.go:48:33: head.Next.Val escapes to heap
./linked_list.go:48:54: head.Next.Next == nil escapes to heap
