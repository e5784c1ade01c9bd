./map_fmt.go:14:7: s does not escape
./map_fmt.go:14:54: "S<" + string(s) + ">" escapes to heap
./map_fmt.go:17:2: moved to heap: m
./map_fmt.go:17:21: map[string]int{...} escapes to heap
./map_fmt.go:18:13: ... argument does not escape
./map_fmt.go:19:12: ... argument does not escape
./map_fmt.go:20:12: ... argument does not escape
./map_fmt.go:22:13: ... argument does not escape
./map_fmt.go:23:12: ... argument does not escape
./map_fmt.go:24:26: map[float64]string{...} escapes to heap
./map_fmt.go:25:13: ... argument does not escape
./map_fmt.go:26:18: map[P]bool{...} escapes to heap
./map_fmt.go:27:13: ... argument does not escape
./map_fmt.go:28:12: ... argument does not escape
./map_fmt.go:29:20: map[bool]int{...} escapes to heap
./map_fmt.go:30:13: ... argument does not escape
./map_fmt.go:31:25: map[[2]int]string{...} escapes to heap
./map_fmt.go:32:13: ... argument does not escape
./map_fmt.go:33:17: map[S]int{...} escapes to heap
./map_fmt.go:34:13: ... argument does not escape
./map_fmt.go:35:37: map[string]map[string]int{...} escapes to heap
./map_fmt.go:35:43: map[string]int{...} escapes to heap
./map_fmt.go:36:13: ... argument does not escape
./map_fmt.go:37:24: map[int][]string{...} escapes to heap
./map_fmt.go:37:28: []string{...} escapes to heap
./map_fmt.go:37:38: []string{...} escapes to heap
./map_fmt.go:38:12: ... argument does not escape
./map_fmt.go:39:27: map[interface {}]int{...} escapes to heap
./map_fmt.go:39:37: 3 escapes to heap
./map_fmt.go:39:43: 1 escapes to heap
./map_fmt.go:40:13: ... argument does not escape
./map_fmt.go:42:13: ... argument does not escape
./map_fmt.go:42:16: p == nil escapes to heap
./map_fmt.go:42:27: len(*p) escapes to heap
./map_fmt.go:43:12: ... argument does not escape
./map_fmt.go:44:17: ... argument does not escape
./map_fmt.go:44:32: map[int]string{...} escapes to heap
./map_fmt.go:45:13: ... argument does not escape
./map_fmt.go:45:13: s escapes to heap
./map_fmt.go:45:20: len(s) escapes to heap
./map_fmt.go:46:21: map[uint8]int{...} escapes to heap
./map_fmt.go:47:13: ... argument does not escape
./map_fmt.go:48:26: map[complex128]int{...} escapes to heap
./map_fmt.go:49:13: ... argument does not escape
