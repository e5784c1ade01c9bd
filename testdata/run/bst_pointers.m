./bst_pointers.go:10:13: leaking param: n
./bst_pointers.go:12:10: &Node{...} escapes to heap
./bst_pointers.go:22:11: n does not escape
./bst_pointers.go:22:20: leaking param: out to result ~r0 level=0
./bst_pointers.go:31:13: n does not escape
./bst_pointers.go:42:11: p does not escape
./bst_pointers.go:44:14: leaking param content: a
./bst_pointers.go:44:17: leaking param content: b
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
