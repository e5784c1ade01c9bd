./body_promoted_field.go:32:11: &Node{...} escapes to heap:
./body_promoted_field.go:32:11:   flow: {heap} = &{storage for &Node{...}}:
./body_promoted_field.go:32:11:     from &Node{...} (spill) at ./body_promoted_field.go:32:11
./body_promoted_field.go:32:11:     from w.Node.next = &Node{...} (assign) at ./body_promoted_field.go:32:9
./body_promoted_field.go:33:27: w.Node.next.val escapes to heap:
./body_promoted_field.go:33:27:   flow: {storage for ... argument} = &{storage for w.Node.next.val}:
./body_promoted_field.go:33:27:     from w.Node.next.val (spill) at ./body_promoted_field.go:33:27
./body_promoted_field.go:33:27:     from ... argument (slice-literal-element) at ./body_promoted_field.go:33:13
./body_promoted_field.go:33:27:   flow: {heap} = {storage for ... argument}:
./body_promoted_field.go:33:27:     from ... argument (spill) at ./body_promoted_field.go:33:13
./body_promoted_field.go:33:27:     from fmt.Println(... argument...) (call parameter) at ./body_promoted_field.go:33:13
./body_promoted_field.go:33:15: w.Node.val escapes to heap:
./body_promoted_field.go:33:15:   flow: {storage for ... argument} = &{storage for w.Node.val}:
./body_promoted_field.go:33:15:     from w.Node.val (spill) at ./body_promoted_field.go:33:15
./body_promoted_field.go:33:15:     from ... argument (slice-literal-element) at ./body_promoted_field.go:33:13
./body_promoted_field.go:33:15:   flow: {heap} = {storage for ... argument}:
./body_promoted_field.go:33:15:     from ... argument (spill) at ./body_promoted_field.go:33:13
./body_promoted_field.go:33:15:     from fmt.Println(... argument...) (call parameter) at ./body_promoted_field.go:33:13
./body_promoted_field.go:30:32: o escapes to heap:
./body_promoted_field.go:30:32:   flow: {storage for ... argument} = &{storage for o}:
./body_promoted_field.go:30:32:     from o (spill) at ./body_promoted_field.go:30:32
./body_promoted_field.go:30:32:     from ... argument (slice-literal-element) at ./body_promoted_field.go:30:13
./body_promoted_field.go:30:32:   flow: {heap} = {storage for ... argument}:
./body_promoted_field.go:30:32:     from ... argument (spill) at ./body_promoted_field.go:30:13
./body_promoted_field.go:30:32:     from fmt.Println(... argument...) (call parameter) at ./body_promoted_field.go:30:13
./body_promoted_field.go:30:32: p.Mid.Inner.X escapes to heap:
./body_promoted_field.go:30:32:   flow: {storage for ... argument} = &{storage for p.Mid.Inner.X}:
./body_promoted_field.go:30:32:     from p.Mid.Inner.X (spill) at ./body_promoted_field.go:30:32
./body_promoted_field.go:30:32:     from ... argument (slice-literal-element) at ./body_promoted_field.go:30:13
./body_promoted_field.go:30:32:   flow: {heap} = {storage for ... argument}:
./body_promoted_field.go:30:32:     from ... argument (spill) at ./body_promoted_field.go:30:13
./body_promoted_field.go:30:32:     from fmt.Println(... argument...) (call parameter) at ./body_promoted_field.go:30:13
./body_promoted_field.go:30:21: o.Other.X escapes to heap:
./body_promoted_field.go:30:21:   flow: {storage for ... argument} = &{storage for o.Other.X}:
./body_promoted_field.go:30:21:     from o.Other.X (spill) at ./body_promoted_field.go:30:21
./body_promoted_field.go:30:21:     from ... argument (slice-literal-element) at ./body_promoted_field.go:30:13
./body_promoted_field.go:30:21:   flow: {heap} = {storage for ... argument}:
./body_promoted_field.go:30:21:     from ... argument (spill) at ./body_promoted_field.go:30:13
./body_promoted_field.go:30:21:     from fmt.Println(... argument...) (call parameter) at ./body_promoted_field.go:30:13
./body_promoted_field.go:26:35: o.Mid.Inner.X escapes to heap:
./body_promoted_field.go:26:35:   flow: {storage for ... argument} = &{storage for o.Mid.Inner.X}:
./body_promoted_field.go:26:35:     from o.Mid.Inner.X (spill) at ./body_promoted_field.go:26:35
./body_promoted_field.go:26:35:     from ... argument (slice-literal-element) at ./body_promoted_field.go:26:13
./body_promoted_field.go:26:35:   flow: {heap} = {storage for ... argument}:
./body_promoted_field.go:26:35:     from ... argument (spill) at ./body_promoted_field.go:26:13
./body_promoted_field.go:26:35:     from fmt.Println(... argument...) (call parameter) at ./body_promoted_field.go:26:13
./body_promoted_field.go:26:24: o.Mid.Inner.X escapes to heap:
./body_promoted_field.go:26:24:   flow: {storage for ... argument} = &{storage for o.Mid.Inner.X}:
./body_promoted_field.go:26:24:     from o.Mid.Inner.X (spill) at ./body_promoted_field.go:26:24
./body_promoted_field.go:26:24:     from ... argument (slice-literal-element) at ./body_promoted_field.go:26:13
./body_promoted_field.go:26:24:   flow: {heap} = {storage for ... argument}:
./body_promoted_field.go:26:24:     from ... argument (spill) at ./body_promoted_field.go:26:13
./body_promoted_field.go:26:24:     from fmt.Println(... argument...) (call parameter) at ./body_promoted_field.go:26:13
./body_promoted_field.go:26:15: o.Other.X escapes to heap:
./body_promoted_field.go:26:15:   flow: {storage for ... argument} = &{storage for o.Other.X}:
./body_promoted_field.go:26:15:     from o.Other.X (spill) at ./body_promoted_field.go:26:15
./body_promoted_field.go:26:15:     from ... argument (slice-literal-element) at ./body_promoted_field.go:26:13
./body_promoted_field.go:26:15:   flow: {heap} = {storage for ... argument}:
./body_promoted_field.go:26:15:     from ... argument (spill) at ./body_promoted_field.go:26:13
./body_promoted_field.go:26:15:     from fmt.Println(... argument...) (call parameter) at ./body_promoted_field.go:26:13
./body_promoted_field.go:26:13: ... argument does not escape
./body_promoted_field.go:26:15: o.Other.X escapes to heap
./body_promoted_field.go:26:24: o.Mid.Inner.X escapes to heap
./body_promoted_field.go:26:35: o.Mid.Inner.X escapes to heap
./body_promoted_field.go:30:13: ... argument does not escape
./body_promoted_field.go:30:21: o.Other.X escapes to heap
./body_promoted_field.go:30:32: p.Mid.Inner.X escapes to heap
./body_promoted_field.go:30:32: o escapes to heap
./body_promoted_field.go:31:12: &Node{...} does not escape
./body_promoted_field.go:32:11: &Node{...} escapes to heap
./body_promoted_field.go:33:13: ... argument does not escape
./body_promoted_field.go:33:15: w.Node.val escapes to heap
./body_promoted_field.go:33:27: w.Node.next.val escapes to heap
