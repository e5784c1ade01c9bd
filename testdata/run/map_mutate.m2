./map_mutate.go:8:17: sortStrings ignoring self-assignment in s[j], s[j - 1] = s[j - 1], s[j]
./map_mutate.go:8:17: sortStrings ignoring self-assignment in s[j], s[j - 1] = s[j - 1], s[j]
./map_mutate.go:5:18: s does not escape
./map_mutate.go:76:26: map[string]int{} escapes to heap:
./map_mutate.go:76:26:   flow: {heap} = &{storage for map[string]int{}}:
./map_mutate.go:76:26:     from map[string]int{} (spill) at ./map_mutate.go:76:26
./map_mutate.go:76:26:     from mm[w] = map[string]int{} (assign) at ./map_mutate.go:76:10
./map_mutate.go:78:10: w + w escapes to heap:
./map_mutate.go:78:10:   flow: {heap} = &{storage for w + w}:
./map_mutate.go:78:10:     from w + w (spill) at ./map_mutate.go:78:10
./map_mutate.go:78:10:     from mm[w][w + w] (key of map put) at ./map_mutate.go:78:8
./map_mutate.go:86:22: &T{...} escapes to heap:
./map_mutate.go:86:22:   flow: {heap} = &{storage for &T{...}}:
./map_mutate.go:86:22:     from &T{...} (spill) at ./map_mutate.go:86:22
./map_mutate.go:86:22:     from map[int]*T{...} (map literal value) at ./map_mutate.go:86:18
./map_mutate.go:65:14: make([]string, 0, len(counts)) escapes to heap:
./map_mutate.go:65:14:   flow: {heap} = &{storage for make([]string, 0, len(counts))}:
./map_mutate.go:65:14:     from make([]string, 0, len(counts)) (non-constant size) at ./map_mutate.go:65:14
./map_mutate.go:110:40: big[3] escapes to heap:
./map_mutate.go:110:40:   flow: {storage for ... argument} = &{storage for big[3]}:
./map_mutate.go:110:40:     from big[3] (spill) at ./map_mutate.go:110:40
./map_mutate.go:110:40:     from ... argument (slice-literal-element) at ./map_mutate.go:110:13
./map_mutate.go:110:40:   flow: {heap} = {storage for ... argument}:
./map_mutate.go:110:40:     from ... argument (spill) at ./map_mutate.go:110:13
./map_mutate.go:110:40:     from fmt.Println(... argument...) (call parameter) at ./map_mutate.go:110:13
./map_mutate.go:110:32: big[2] escapes to heap:
./map_mutate.go:110:32:   flow: {storage for ... argument} = &{storage for big[2]}:
./map_mutate.go:110:32:     from big[2] (spill) at ./map_mutate.go:110:32
./map_mutate.go:110:32:     from ... argument (slice-literal-element) at ./map_mutate.go:110:13
./map_mutate.go:110:32:   flow: {heap} = {storage for ... argument}:
./map_mutate.go:110:32:     from ... argument (spill) at ./map_mutate.go:110:13
./map_mutate.go:110:32:     from fmt.Println(... argument...) (call parameter) at ./map_mutate.go:110:13
./map_mutate.go:110:22: len(big) escapes to heap:
./map_mutate.go:110:22:   flow: {storage for ... argument} = &{storage for len(big)}:
./map_mutate.go:110:22:     from len(big) (spill) at ./map_mutate.go:110:22
./map_mutate.go:110:22:     from ... argument (slice-literal-element) at ./map_mutate.go:110:13
./map_mutate.go:110:22:   flow: {heap} = {storage for ... argument}:
./map_mutate.go:110:22:     from ... argument (spill) at ./map_mutate.go:110:13
./map_mutate.go:110:22:     from fmt.Println(... argument...) (call parameter) at ./map_mutate.go:110:13
./map_mutate.go:110:13: sum escapes to heap:
./map_mutate.go:110:13:   flow: {storage for ... argument} = &{storage for sum}:
./map_mutate.go:110:13:     from sum (spill) at ./map_mutate.go:110:13
./map_mutate.go:110:13:     from ... argument (slice-literal-element) at ./map_mutate.go:110:13
./map_mutate.go:110:13:   flow: {heap} = {storage for ... argument}:
./map_mutate.go:110:13:     from ... argument (spill) at ./map_mutate.go:110:13
./map_mutate.go:110:13:     from fmt.Println(... argument...) (call parameter) at ./map_mutate.go:110:13
./map_mutate.go:91:22: map[string]int{...} escapes to heap:
./map_mutate.go:91:22:   flow: sw = &{storage for map[string]int{...}}:
./map_mutate.go:91:22:     from map[string]int{...} (spill) at ./map_mutate.go:91:22
./map_mutate.go:91:22:     from sw := map[string]int{...} (assign) at ./map_mutate.go:91:5
./map_mutate.go:91:22:   flow: {storage for ... argument} = sw:
./map_mutate.go:91:22:     from sw (interface-converted) at ./map_mutate.go:96:13
./map_mutate.go:91:22:     from ... argument (slice-literal-element) at ./map_mutate.go:96:13
./map_mutate.go:91:22:   flow: {heap} = {storage for ... argument}:
./map_mutate.go:91:22:     from ... argument (spill) at ./map_mutate.go:96:13
./map_mutate.go:91:22:     from fmt.Println(... argument...) (call parameter) at ./map_mutate.go:96:13
./map_mutate.go:96:13: k escapes to heap:
./map_mutate.go:96:13:   flow: {storage for ... argument} = &{storage for k}:
./map_mutate.go:96:13:     from k (spill) at ./map_mutate.go:96:13
./map_mutate.go:96:13:     from ... argument (slice-literal-element) at ./map_mutate.go:96:13
./map_mutate.go:96:13:   flow: {heap} = {storage for ... argument}:
./map_mutate.go:96:13:     from ... argument (spill) at ./map_mutate.go:96:13
./map_mutate.go:96:13:     from fmt.Println(... argument...) (call parameter) at ./map_mutate.go:96:13
./map_mutate.go:93:25: sw["b"] escapes to heap:
./map_mutate.go:93:25:   flow: {storage for ... argument} = &{storage for sw["b"]}:
./map_mutate.go:93:25:     from sw["b"] (spill) at ./map_mutate.go:93:25
./map_mutate.go:93:25:     from ... argument (slice-literal-element) at ./map_mutate.go:93:13
./map_mutate.go:93:25:   flow: {heap} = {storage for ... argument}:
./map_mutate.go:93:25:     from ... argument (spill) at ./map_mutate.go:93:13
./map_mutate.go:93:25:     from fmt.Println(... argument...) (call parameter) at ./map_mutate.go:93:13
./map_mutate.go:93:16: sw["a"] escapes to heap:
./map_mutate.go:93:16:   flow: {storage for ... argument} = &{storage for sw["a"]}:
./map_mutate.go:93:16:     from sw["a"] (spill) at ./map_mutate.go:93:16
./map_mutate.go:93:16:     from ... argument (slice-literal-element) at ./map_mutate.go:93:13
./map_mutate.go:93:16:   flow: {heap} = {storage for ... argument}:
./map_mutate.go:93:16:     from ... argument (spill) at ./map_mutate.go:93:13
./map_mutate.go:93:16:     from fmt.Println(... argument...) (call parameter) at ./map_mutate.go:93:13
./map_mutate.go:88:19: pt[1].N escapes to heap:
./map_mutate.go:88:19:   flow: {storage for ... argument} = &{storage for pt[1].N}:
./map_mutate.go:88:19:     from pt[1].N (spill) at ./map_mutate.go:88:19
./map_mutate.go:88:19:     from ... argument (slice-literal-element) at ./map_mutate.go:88:13
./map_mutate.go:88:19:   flow: {heap} = {storage for ... argument}:
./map_mutate.go:88:19:     from ... argument (spill) at ./map_mutate.go:88:13
./map_mutate.go:88:19:     from fmt.Println(... argument...) (call parameter) at ./map_mutate.go:88:13
./map_mutate.go:85:28: ts[2].N escapes to heap:
./map_mutate.go:85:28:   flow: {storage for ... argument} = &{storage for ts[2].N}:
./map_mutate.go:85:28:     from ts[2].N (spill) at ./map_mutate.go:85:28
./map_mutate.go:85:28:     from ... argument (slice-literal-element) at ./map_mutate.go:85:13
./map_mutate.go:85:28:   flow: {heap} = {storage for ... argument}:
./map_mutate.go:85:28:     from ... argument (spill) at ./map_mutate.go:85:13
./map_mutate.go:85:28:     from fmt.Println(... argument...) (call parameter) at ./map_mutate.go:85:13
./map_mutate.go:85:19: ts[1].N escapes to heap:
./map_mutate.go:85:19:   flow: {storage for ... argument} = &{storage for ts[1].N}:
./map_mutate.go:85:19:     from ts[1].N (spill) at ./map_mutate.go:85:19
./map_mutate.go:85:19:     from ... argument (slice-literal-element) at ./map_mutate.go:85:13
./map_mutate.go:85:19:   flow: {heap} = {storage for ... argument}:
./map_mutate.go:85:19:     from ... argument (spill) at ./map_mutate.go:85:13
./map_mutate.go:85:19:     from fmt.Println(... argument...) (call parameter) at ./map_mutate.go:85:13
./map_mutate.go:73:33: map[string]map[string]int{} escapes to heap:
./map_mutate.go:73:33:   flow: mm = &{storage for map[string]map[string]int{}}:
./map_mutate.go:73:33:     from map[string]map[string]int{} (spill) at ./map_mutate.go:73:33
./map_mutate.go:73:33:     from mm := map[string]map[string]int{} (assign) at ./map_mutate.go:73:5
./map_mutate.go:73:33:   flow: {storage for ... argument} = mm:
./map_mutate.go:73:33:     from mm (interface-converted) at ./map_mutate.go:80:13
./map_mutate.go:73:33:     from ... argument (slice-literal-element) at ./map_mutate.go:80:13
./map_mutate.go:73:33:   flow: {heap} = {storage for ... argument}:
./map_mutate.go:73:33:     from ... argument (spill) at ./map_mutate.go:80:13
./map_mutate.go:73:33:     from fmt.Println(... argument...) (call parameter) at ./map_mutate.go:80:13
./map_mutate.go:71:32: pos[k] escapes to heap:
./map_mutate.go:71:32:   flow: {storage for ... argument} = &{storage for pos[k]}:
./map_mutate.go:71:32:     from pos[k] (spill) at ./map_mutate.go:71:32
./map_mutate.go:71:32:     from ... argument (slice-literal-element) at ./map_mutate.go:71:14
./map_mutate.go:71:32:   flow: {heap} = {storage for ... argument}:
./map_mutate.go:71:32:     from ... argument (spill) at ./map_mutate.go:71:14
./map_mutate.go:71:32:     from fmt.Println(... argument...) (call parameter) at ./map_mutate.go:71:14
./map_mutate.go:71:24: counts[k] escapes to heap:
./map_mutate.go:71:24:   flow: {storage for ... argument} = &{storage for counts[k]}:
./map_mutate.go:71:24:     from counts[k] (spill) at ./map_mutate.go:71:24
./map_mutate.go:71:24:     from ... argument (slice-literal-element) at ./map_mutate.go:71:14
./map_mutate.go:71:24:   flow: {heap} = {storage for ... argument}:
./map_mutate.go:71:24:     from ... argument (spill) at ./map_mutate.go:71:14
./map_mutate.go:71:24:     from fmt.Println(... argument...) (call parameter) at ./map_mutate.go:71:14
./map_mutate.go:71:14: k escapes to heap:
./map_mutate.go:71:14:   flow: {storage for ... argument} = &{storage for k}:
./map_mutate.go:71:14:     from k (spill) at ./map_mutate.go:71:14
./map_mutate.go:71:14:     from ... argument (slice-literal-element) at ./map_mutate.go:71:14
./map_mutate.go:71:14:   flow: {heap} = {storage for ... argument}:
./map_mutate.go:71:14:     from ... argument (spill) at ./map_mutate.go:71:14
./map_mutate.go:71:14:     from fmt.Println(... argument...) (call parameter) at ./map_mutate.go:71:14
./map_mutate.go:53:17: n escapes to heap:
./map_mutate.go:53:17:   flow: {storage for ... argument} = &{storage for n}:
./map_mutate.go:53:17:     from n (spill) at ./map_mutate.go:53:17
./map_mutate.go:53:17:     from ... argument (slice-literal-element) at ./map_mutate.go:53:13
./map_mutate.go:53:17:   flow: {heap} = {storage for ... argument}:
./map_mutate.go:53:17:     from ... argument (spill) at ./map_mutate.go:53:13
./map_mutate.go:53:17:     from fmt.Println(... argument...) (call parameter) at ./map_mutate.go:53:13
./map_mutate.go:53:17: len(all) escapes to heap:
./map_mutate.go:53:17:   flow: {storage for ... argument} = &{storage for len(all)}:
./map_mutate.go:53:17:     from len(all) (spill) at ./map_mutate.go:53:17
./map_mutate.go:53:17:     from ... argument (slice-literal-element) at ./map_mutate.go:53:13
./map_mutate.go:53:17:   flow: {heap} = {storage for ... argument}:
./map_mutate.go:53:17:     from ... argument (spill) at ./map_mutate.go:53:13
./map_mutate.go:53:17:     from fmt.Println(... argument...) (call parameter) at ./map_mutate.go:53:13
./map_mutate.go:44:31: count <= len(grow) escapes to heap:
./map_mutate.go:44:31:   flow: {storage for ... argument} = &{storage for count <= len(grow)}:
./map_mutate.go:44:31:     from count <= len(grow) (spill) at ./map_mutate.go:44:31
./map_mutate.go:44:31:     from ... argument (slice-literal-element) at ./map_mutate.go:44:13
./map_mutate.go:44:31:   flow: {heap} = {storage for ... argument}:
./map_mutate.go:44:31:     from ... argument (spill) at ./map_mutate.go:44:13
./map_mutate.go:44:31:     from fmt.Println(... argument...) (call parameter) at ./map_mutate.go:44:13
./map_mutate.go:44:20: count > 0 escapes to heap:
./map_mutate.go:44:20:   flow: {storage for ... argument} = &{storage for count > 0}:
./map_mutate.go:44:20:     from count > 0 (spill) at ./map_mutate.go:44:20
./map_mutate.go:44:20:     from ... argument (slice-literal-element) at ./map_mutate.go:44:13
./map_mutate.go:44:20:   flow: {heap} = {storage for ... argument}:
./map_mutate.go:44:20:     from ... argument (spill) at ./map_mutate.go:44:13
./map_mutate.go:44:20:     from fmt.Println(... argument...) (call parameter) at ./map_mutate.go:44:13
./map_mutate.go:30:16: "bad" escapes to heap:
./map_mutate.go:30:16:   flow: {storage for ... argument} = &{storage for "bad"}:
./map_mutate.go:30:16:     from "bad" (spill) at ./map_mutate.go:30:16
./map_mutate.go:30:16:     from ... argument (slice-literal-element) at ./map_mutate.go:30:15
./map_mutate.go:30:16:   flow: {heap} = {storage for ... argument}:
./map_mutate.go:30:16:     from ... argument (spill) at ./map_mutate.go:30:15
./map_mutate.go:30:16:     from fmt.Println(... argument...) (call parameter) at ./map_mutate.go:30:15
./map_mutate.go:27:50: len(seen) <= 1000 escapes to heap:
./map_mutate.go:27:50:   flow: {storage for ... argument} = &{storage for len(seen) <= 1000}:
./map_mutate.go:27:50:     from len(seen) <= 1000 (spill) at ./map_mutate.go:27:50
./map_mutate.go:27:50:     from ... argument (slice-literal-element) at ./map_mutate.go:27:13
./map_mutate.go:27:50:   flow: {heap} = {storage for ... argument}:
./map_mutate.go:27:50:     from ... argument (spill) at ./map_mutate.go:27:13
./map_mutate.go:27:50:     from fmt.Println(... argument...) (call parameter) at ./map_mutate.go:27:13
./map_mutate.go:27:32: len(seen) >= 500 escapes to heap:
./map_mutate.go:27:32:   flow: {storage for ... argument} = &{storage for len(seen) >= 500}:
./map_mutate.go:27:32:     from len(seen) >= 500 (spill) at ./map_mutate.go:27:32
./map_mutate.go:27:32:     from ... argument (slice-literal-element) at ./map_mutate.go:27:13
./map_mutate.go:27:32:   flow: {heap} = {storage for ... argument}:
./map_mutate.go:27:32:     from ... argument (spill) at ./map_mutate.go:27:13
./map_mutate.go:27:32:     from fmt.Println(... argument...) (call parameter) at ./map_mutate.go:27:13
./map_mutate.go:27:17: len(m) escapes to heap:
./map_mutate.go:27:17:   flow: {storage for ... argument} = &{storage for len(m)}:
./map_mutate.go:27:17:     from len(m) (spill) at ./map_mutate.go:27:17
./map_mutate.go:27:17:     from ... argument (slice-literal-element) at ./map_mutate.go:27:13
./map_mutate.go:27:17:   flow: {heap} = {storage for ... argument}:
./map_mutate.go:27:17:     from ... argument (spill) at ./map_mutate.go:27:13
./map_mutate.go:27:17:     from fmt.Println(... argument...) (call parameter) at ./map_mutate.go:27:13
./map_mutate.go:22:16: k escapes to heap:
./map_mutate.go:22:16:   flow: {storage for ... argument} = &{storage for k}:
./map_mutate.go:22:16:     from k (spill) at ./map_mutate.go:22:16
./map_mutate.go:22:16:     from ... argument (slice-literal-element) at ./map_mutate.go:22:15
./map_mutate.go:22:16:   flow: {heap} = {storage for ... argument}:
./map_mutate.go:22:16:     from ... argument (spill) at ./map_mutate.go:22:15
./map_mutate.go:22:16:     from fmt.Println(... argument...) (call parameter) at ./map_mutate.go:22:15
./map_mutate.go:22:16: "twice" escapes to heap:
./map_mutate.go:22:16:   flow: {storage for ... argument} = &{storage for "twice"}:
./map_mutate.go:22:16:     from "twice" (spill) at ./map_mutate.go:22:16
./map_mutate.go:22:16:     from ... argument (slice-literal-element) at ./map_mutate.go:22:15
./map_mutate.go:22:16:   flow: {heap} = {storage for ... argument}:
./map_mutate.go:22:16:     from ... argument (spill) at ./map_mutate.go:22:15
./map_mutate.go:22:16:     from fmt.Println(... argument...) (call parameter) at ./map_mutate.go:22:15
./map_mutate.go:15:19: map[int]bool{} does not escape
./map_mutate.go:19:22: map[int]bool{} does not escape
./map_mutate.go:22:15: ... argument does not escape
./map_mutate.go:22:16: "twice" escapes to heap
./map_mutate.go:22:16: k escapes to heap
./map_mutate.go:27:13: ... argument does not escape
./map_mutate.go:27:17: len(m) escapes to heap
./map_mutate.go:27:32: len(seen) >= 500 escapes to heap
./map_mutate.go:27:50: len(seen) <= 1000 escapes to heap
./map_mutate.go:30:15: ... argument does not escape
./map_mutate.go:30:16: "bad" escapes to heap
./map_mutate.go:35:21: map[int]int{...} does not escape
./map_mutate.go:44:13: ... argument does not escape
./map_mutate.go:44:20: count > 0 escapes to heap
./map_mutate.go:44:31: count <= len(grow) escapes to heap
./map_mutate.go:47:23: map[string]int{...} does not escape
./map_mutate.go:53:13: ... argument does not escape
./map_mutate.go:53:17: len(all) escapes to heap
./map_mutate.go:53:17: n escapes to heap
./map_mutate.go:57:19: []string{...} does not escape
./map_mutate.go:58:26: map[string]int{} does not escape
./map_mutate.go:59:25: map[string][]int{} does not escape
./map_mutate.go:65:14: make([]string, 0, len(counts)) escapes to heap
./map_mutate.go:71:14: ... argument does not escape
./map_mutate.go:71:14: k escapes to heap
./map_mutate.go:71:24: counts[k] escapes to heap
./map_mutate.go:71:32: pos[k] escapes to heap
./map_mutate.go:73:33: map[string]map[string]int{} escapes to heap
./map_mutate.go:76:26: map[string]int{} escapes to heap
./map_mutate.go:78:10: w + w escapes to heap
./map_mutate.go:80:13: ... argument does not escape
./map_mutate.go:81:17: map[int]T{} does not escape
./map_mutate.go:85:13: ... argument does not escape
./map_mutate.go:85:19: ts[1].N escapes to heap
./map_mutate.go:85:28: ts[2].N escapes to heap
./map_mutate.go:86:18: map[int]*T{...} does not escape
./map_mutate.go:86:22: &T{...} escapes to heap
./map_mutate.go:88:13: ... argument does not escape
./map_mutate.go:88:19: pt[1].N escapes to heap
./map_mutate.go:91:22: map[string]int{...} escapes to heap
./map_mutate.go:93:13: ... argument does not escape
./map_mutate.go:93:16: sw["a"] escapes to heap
./map_mutate.go:93:25: sw["b"] escapes to heap
./map_mutate.go:96:13: ... argument does not escape
./map_mutate.go:96:13: k escapes to heap
./map_mutate.go:99:13: make(map[int]int, 100) does not escape
./map_mutate.go:110:13: ... argument does not escape
./map_mutate.go:110:13: sum escapes to heap
./map_mutate.go:110:22: len(big) escapes to heap
./map_mutate.go:110:32: big[2] escapes to heap
./map_mutate.go:110:40: big[3] escapes to heap
