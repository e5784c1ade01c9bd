./map_complit.go:13:14: map[P]P{...} does not escape
./map_complit.go:14:13: ... argument does not escape
./map_complit.go:14:15: m[P{...}] escapes to heap
./map_complit.go:14:27: m[P{...}] escapes to heap
./map_complit.go:14:41: len(m) escapes to heap
./map_complit.go:15:21: map[string]*P{...} does not escape
./map_complit.go:15:27: &P{...} escapes to heap
./map_complit.go:15:40: &P{...} escapes to heap
./map_complit.go:16:13: ... argument does not escape
./map_complit.go:16:14: *pm["x"] escapes to heap
./map_complit.go:16:24: *pm["y"] escapes to heap
./map_complit.go:17:27: map[[2]string][]int{...} does not escape
./map_complit.go:17:40: []int{...} escapes to heap
./map_complit.go:18:13: ... argument does not escape
./map_complit.go:18:16: am[[2]string{...}] escapes to heap
./map_complit.go:19:12: M{...} does not escape
./map_complit.go:21:13: ... argument does not escape
./map_complit.go:21:17: len(named) escapes to heap
./map_complit.go:21:36: named["p"].a escapes to heap
./map_complit.go:21:45: named["q"] escapes to heap
./map_complit.go:22:28: []map[string]int{...} escapes to heap
./map_complit.go:22:29: map[string]int{...} escapes to heap
./map_complit.go:22:39: map[string]int{...} escapes to heap
./map_complit.go:23:13: ... argument does not escape
./map_complit.go:23:13: nested escapes to heap
./map_complit.go:23:25: len(nested[2]) escapes to heap
./map_complit.go:24:52: map[int]string{...} does not escape
./map_complit.go:25:13: ... argument does not escape
./map_complit.go:25:18: st.m[1] escapes to heap
./map_complit.go:26:35: map[string][]map[int]bool{...} escapes to heap
./map_complit.go:26:41: []map[int]bool{...} escapes to heap
./map_complit.go:26:42: map[int]bool{...} escapes to heap
./map_complit.go:26:53: map[int]bool{...} escapes to heap
./map_complit.go:27:13: ... argument does not escape
./map_complit.go:28:21: map[string]int{} escapes to heap
./map_complit.go:29:13: ... argument does not escape
./map_complit.go:29:16: e == nil escapes to heap
./map_complit.go:29:27: len(e) escapes to heap
./map_complit.go:30:20: map[string]int{} does not escape
./map_complit.go:31:26: map[int]bool{} does not escape
