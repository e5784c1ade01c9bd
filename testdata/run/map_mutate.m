./map_mutate.go:8:17: sortStrings ignoring self-assignment in s[j], s[j - 1] = s[j - 1], s[j]
./map_mutate.go:8:17: sortStrings ignoring self-assignment in s[j], s[j - 1] = s[j - 1], s[j]
./map_mutate.go:5:18: s does not escape
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
