./map_globals.go:15:7: n does not escape
./map_globals.go:15:20: leaking param: k
./map_globals.go:15:23: leaking param: v
./map_globals.go:17:12: m does not escape
./map_globals.go:43:2: moved to heap: x
./map_globals.go:22:13: ... argument does not escape
./map_globals.go:22:33: count(global) escapes to heap
./map_globals.go:25:14: ... argument does not escape
./map_globals.go:25:14: w escapes to heap
./map_globals.go:25:14: v escapes to heap
./map_globals.go:25:14: ok escapes to heap
./map_globals.go:27:20: map[int]Big{} does not escape
./map_globals.go:29:13: ... argument does not escape
./map_globals.go:29:17: b.A[199] escapes to heap
./map_globals.go:29:28: b.S == "" escapes to heap
./map_globals.go:32:13: ... argument does not escape
./map_globals.go:32:22: big[3].A[199] escapes to heap
./map_globals.go:32:32: len(big) escapes to heap
./map_globals.go:33:12: Named{} escapes to heap
./map_globals.go:36:13: ... argument does not escape
./map_globals.go:36:20: len(n["a"]) escapes to heap
./map_globals.go:39:14: ... argument does not escape
./map_globals.go:39:18: len(nn) escapes to heap
./map_globals.go:42:25: map[string]*int{} does not escape
./map_globals.go:46:13: ... argument does not escape
./map_globals.go:46:13: x escapes to heap
./map_globals.go:48:20: map[pair]int{} escapes to heap
./map_globals.go:51:12: ... argument does not escape
./map_globals.go:53:22: map[int]int{...} escapes to heap
./map_globals.go:54:13: ... argument does not escape
./map_globals.go:54:13: arr escapes to heap
./map_globals.go:55:20: map[error]int{} does not escape
./map_globals.go:56:13: ... argument does not escape
./map_globals.go:56:17: len(e) escapes to heap
./map_globals.go:56:23: e[nil] escapes to heap
./map_globals.go:60:13: ... argument does not escape
./map_globals.go:60:25: len(global) escapes to heap
./map_globals.go:61:13: ... argument does not escape
./map_globals.go:61:29: map[string]bool{...} escapes to heap
./map_globals.go:62:29: map[[2]float64]string{...} escapes to heap
./map_globals.go:63:13: ... argument does not escape
./map_globals.go:5:28: map[string]int{...} escapes to heap
./map_globals.go:6:16: make(map[int]string) escapes to heap
