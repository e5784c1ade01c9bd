./gc_churn.go:21:43: make([]int, k % 7 + 1) escapes to heap:
./gc_churn.go:21:43:   flow: {heap} = &{storage for make([]int, k % 7 + 1)}:
./gc_churn.go:21:43:     from make([]int, k % 7 + 1) (non-constant size) at ./gc_churn.go:21:43
./gc_churn.go:15:13: parameter n leaks to {heap} with derefs=0:
./gc_churn.go:15:13:   flow: ~r0 = n:
./gc_churn.go:15:13:     from return n (return) at ./gc_churn.go:28:2
./gc_churn.go:15:13:   flow: {heap} = ~r0:
./gc_churn.go:15:13:     from n.left = insert(n.left, k) (assign) at ./gc_churn.go:24:10
./gc_churn.go:21:10: &Node{...} escapes to heap:
./gc_churn.go:21:10:   flow: ~r0 = &{storage for &Node{...}}:
./gc_churn.go:21:10:     from &Node{...} (spill) at ./gc_churn.go:21:10
./gc_churn.go:21:10:     from return &Node{...} (return) at ./gc_churn.go:21:3
./gc_churn.go:21:10:   flow: {heap} = ~r0:
./gc_churn.go:21:10:     from n.left = insert(n.left, k) (assign) at ./gc_churn.go:24:10
./gc_churn.go:19:15: string(rune('a' + (k + i) % 26)) escapes to heap:
./gc_churn.go:19:15:   flow: s = &{storage for string(rune('a' + (k + i) % 26))}:
./gc_churn.go:19:15:     from string(rune('a' + (k + i) % 26)) (spill) at ./gc_churn.go:19:15
./gc_churn.go:19:15:     from s += string(rune('a' + (k + i) % 26)) (assign) at ./gc_churn.go:19:6
./gc_churn.go:19:15:   flow: {storage for &Node{...}} = s:
./gc_churn.go:19:15:     from Node{...} (struct literal element) at ./gc_churn.go:21:15
./gc_churn.go:15:13: parameter n leaks to ~r0 with derefs=0:
./gc_churn.go:15:13:   flow: ~r0 = n:
./gc_churn.go:15:13:     from return n (return) at ./gc_churn.go:28:2
./gc_churn.go:15:13: leaking param: n
./gc_churn.go:19:15: string(rune('a' + (k + i) % 26)) escapes to heap
./gc_churn.go:21:10: &Node{...} escapes to heap
./gc_churn.go:21:43: make([]int, k % 7 + 1) escapes to heap
./gc_churn.go:38:8: "corrupted node" escapes to heap:
./gc_churn.go:38:8:   flow: {heap} = &{storage for "corrupted node"}:
./gc_churn.go:38:8:     from "corrupted node" (spill) at ./gc_churn.go:38:8
./gc_churn.go:38:8:     from panic("corrupted node") (call parameter) at ./gc_churn.go:38:8
./gc_churn.go:31:12: n does not escape
./gc_churn.go:38:8: "corrupted node" escapes to heap
./gc_churn.go:46:12: make([]byte, 4096 + i % 100) escapes to heap:
./gc_churn.go:46:12:   flow: {heap} = &{storage for make([]byte, 4096 + i % 100)}:
./gc_churn.go:46:12:     from make([]byte, 4096 + i % 100) (non-constant size) at ./gc_churn.go:46:12
./gc_churn.go:51:10: &Node{...} escapes to heap:
./gc_churn.go:51:10:   flow: lst = &{storage for &Node{...}}:
./gc_churn.go:51:10:     from &Node{...} (spill) at ./gc_churn.go:51:10
./gc_churn.go:51:10:     from lst = &Node{...} (assign) at ./gc_churn.go:51:8
./gc_churn.go:46:12: make([]byte, 4096 + i % 100) escapes to heap
./gc_churn.go:51:10: &Node{...} escapes to heap
./gc_churn.go:67:25: &Node{...} escapes to heap:
./gc_churn.go:67:25:   flow: {heap} = &{storage for &Node{...}}:
./gc_churn.go:67:25:     from &Node{...} (spill) at ./gc_churn.go:67:25
./gc_churn.go:67:25:     from append(local, &Node{...}) (call parameter) at ./gc_churn.go:67:17
./gc_churn.go:67:54: []int{...} escapes to heap:
./gc_churn.go:67:54:   flow: {storage for &Node{...}} = &{storage for []int{...}}:
./gc_churn.go:67:54:     from []int{...} (spill) at ./gc_churn.go:67:54
./gc_churn.go:67:54:     from Node{...} (struct literal element) at ./gc_churn.go:67:30
./gc_churn.go:78:9: "corrupted local" escapes to heap:
./gc_churn.go:78:9:   flow: {heap} = &{storage for "corrupted local"}:
./gc_churn.go:78:9:     from "corrupted local" (spill) at ./gc_churn.go:78:9
./gc_churn.go:78:9:     from panic("corrupted local") (call parameter) at ./gc_churn.go:78:9
./gc_churn.go:81:76: keepStrs[39][30:] escapes to heap:
./gc_churn.go:81:76:   flow: {storage for ... argument} = &{storage for keepStrs[39][30:]}:
./gc_churn.go:81:76:     from keepStrs[39][30:] (spill) at ./gc_churn.go:81:76
./gc_churn.go:81:76:     from ... argument (slice-literal-element) at ./gc_churn.go:81:13
./gc_churn.go:81:76:   flow: {heap} = {storage for ... argument}:
./gc_churn.go:81:76:     from ... argument (spill) at ./gc_churn.go:81:13
./gc_churn.go:81:76:     from fmt.Println(... argument...) (call parameter) at ./gc_churn.go:81:13
./gc_churn.go:81:59: keepStrs[5] escapes to heap:
./gc_churn.go:81:59:   flow: {storage for ... argument} = &{storage for keepStrs[5]}:
./gc_churn.go:81:59:     from keepStrs[5] (spill) at ./gc_churn.go:81:59
./gc_churn.go:81:59:     from ... argument (slice-literal-element) at ./gc_churn.go:81:13
./gc_churn.go:81:59:   flow: {heap} = {storage for ... argument}:
./gc_churn.go:81:59:     from ... argument (spill) at ./gc_churn.go:81:13
./gc_churn.go:81:59:     from fmt.Println(... argument...) (call parameter) at ./gc_churn.go:81:13
./gc_churn.go:81:39: len(keepStrs) escapes to heap:
./gc_churn.go:81:39:   flow: {storage for ... argument} = &{storage for len(keepStrs)}:
./gc_churn.go:81:39:     from len(keepStrs) (spill) at ./gc_churn.go:81:39
./gc_churn.go:81:39:     from ... argument (slice-literal-element) at ./gc_churn.go:81:13
./gc_churn.go:81:39:   flow: {heap} = {storage for ... argument}:
./gc_churn.go:81:39:     from ... argument (spill) at ./gc_churn.go:81:13
./gc_churn.go:81:39:     from fmt.Println(... argument...) (call parameter) at ./gc_churn.go:81:13
./gc_churn.go:81:17: localStr escapes to heap:
./gc_churn.go:81:17:   flow: {storage for ... argument} = &{storage for localStr}:
./gc_churn.go:81:17:     from localStr (spill) at ./gc_churn.go:81:17
./gc_churn.go:81:17:     from ... argument (slice-literal-element) at ./gc_churn.go:81:13
./gc_churn.go:81:17:   flow: {heap} = {storage for ... argument}:
./gc_churn.go:81:17:     from ... argument (spill) at ./gc_churn.go:81:13
./gc_churn.go:81:17:     from fmt.Println(... argument...) (call parameter) at ./gc_churn.go:81:13
./gc_churn.go:81:17: len(local) escapes to heap:
./gc_churn.go:81:17:   flow: {storage for ... argument} = &{storage for len(local)}:
./gc_churn.go:81:17:     from len(local) (spill) at ./gc_churn.go:81:17
./gc_churn.go:81:17:     from ... argument (slice-literal-element) at ./gc_churn.go:81:13
./gc_churn.go:81:17:   flow: {heap} = {storage for ... argument}:
./gc_churn.go:81:17:     from ... argument (spill) at ./gc_churn.go:81:13
./gc_churn.go:81:17:     from fmt.Println(... argument...) (call parameter) at ./gc_churn.go:81:13
./gc_churn.go:73:15: g escapes to heap:
./gc_churn.go:73:15:   flow: {storage for ... argument} = &{storage for g}:
./gc_churn.go:73:15:     from g (spill) at ./gc_churn.go:73:15
./gc_churn.go:73:15:     from ... argument (slice-literal-element) at ./gc_churn.go:73:15
./gc_churn.go:73:15:   flow: {heap} = {storage for ... argument}:
./gc_churn.go:73:15:     from ... argument (spill) at ./gc_churn.go:73:15
./gc_churn.go:73:15:     from fmt.Println(... argument...) (call parameter) at ./gc_churn.go:73:15
./gc_churn.go:73:15: s escapes to heap:
./gc_churn.go:73:15:   flow: {storage for ... argument} = &{storage for s}:
./gc_churn.go:73:15:     from s (spill) at ./gc_churn.go:73:15
./gc_churn.go:73:15:     from ... argument (slice-literal-element) at ./gc_churn.go:73:15
./gc_churn.go:73:15:   flow: {heap} = {storage for ... argument}:
./gc_churn.go:73:15:     from ... argument (spill) at ./gc_churn.go:73:15
./gc_churn.go:73:15:     from fmt.Println(... argument...) (call parameter) at ./gc_churn.go:73:15
./gc_churn.go:73:15: c escapes to heap:
./gc_churn.go:73:15:   flow: {storage for ... argument} = &{storage for c}:
./gc_churn.go:73:15:     from c (spill) at ./gc_churn.go:73:15
./gc_churn.go:73:15:     from ... argument (slice-literal-element) at ./gc_churn.go:73:15
./gc_churn.go:73:15:   flow: {heap} = {storage for ... argument}:
./gc_churn.go:73:15:     from ... argument (spill) at ./gc_churn.go:73:15
./gc_churn.go:73:15:     from fmt.Println(... argument...) (call parameter) at ./gc_churn.go:73:15
./gc_churn.go:73:15: round escapes to heap:
./gc_churn.go:73:15:   flow: {storage for ... argument} = &{storage for round}:
./gc_churn.go:73:15:     from round (spill) at ./gc_churn.go:73:15
./gc_churn.go:73:15:     from ... argument (slice-literal-element) at ./gc_churn.go:73:15
./gc_churn.go:73:15:   flow: {heap} = {storage for ... argument}:
./gc_churn.go:73:15:     from ... argument (spill) at ./gc_churn.go:73:15
./gc_churn.go:73:15:     from fmt.Println(... argument...) (call parameter) at ./gc_churn.go:73:15
./gc_churn.go:68:21: string(rune('A' + round % 26)) escapes to heap:
./gc_churn.go:68:21:   flow: localStr = &{storage for string(rune('A' + round % 26))}:
./gc_churn.go:68:21:     from string(rune('A' + round % 26)) (spill) at ./gc_churn.go:68:21
./gc_churn.go:68:21:     from localStr += string(rune('A' + round % 26)) (assign) at ./gc_churn.go:68:12
./gc_churn.go:68:21:   flow: {heap} = localStr:
./gc_churn.go:68:21:     from append(keepStrs, localStr) (call parameter) at ./gc_churn.go:69:20
./gc_churn.go:67:25: &Node{...} escapes to heap
./gc_churn.go:67:54: []int{...} escapes to heap
./gc_churn.go:68:21: string(rune('A' + round % 26)) escapes to heap
./gc_churn.go:73:15: ... argument does not escape
./gc_churn.go:73:15: round escapes to heap
./gc_churn.go:73:15: c escapes to heap
./gc_churn.go:73:15: s escapes to heap
./gc_churn.go:73:15: g escapes to heap
./gc_churn.go:78:9: "corrupted local" escapes to heap
./gc_churn.go:81:13: ... argument does not escape
./gc_churn.go:81:17: len(local) escapes to heap
./gc_churn.go:81:17: localStr escapes to heap
./gc_churn.go:81:39: len(keepStrs) escapes to heap
./gc_churn.go:81:59: keepStrs[5] escapes to heap
./gc_churn.go:81:76: keepStrs[39][30:] escapes to heap
