./map_basic.go:10:11: make(map[string]int) does not escape
./map_basic.go:14:13: ... argument does not escape
./map_basic.go:14:17: len(m) escapes to heap
./map_basic.go:14:23: m["a"] escapes to heap
./map_basic.go:14:31: m["b"] escapes to heap
./map_basic.go:14:39: m["c"] escapes to heap
./map_basic.go:14:47: m["zz"] escapes to heap
./map_basic.go:17:13: ... argument does not escape
./map_basic.go:17:13: v escapes to heap
./map_basic.go:17:13: ok escapes to heap
./map_basic.go:17:13: w escapes to heap
./map_basic.go:17:13: ok2 escapes to heap
./map_basic.go:19:13: ... argument does not escape
./map_basic.go:19:17: len(m) escapes to heap
./map_basic.go:24:13: ... argument does not escape
./map_basic.go:24:13: sum escapes to heap
./map_basic.go:26:13: ... argument does not escape
./map_basic.go:26:17: len(nm) escapes to heap
./map_basic.go:26:25: nm["x"] escapes to heap
./map_basic.go:28:14: ... argument does not escape
./map_basic.go:28:15: "no" escapes to heap
./map_basic.go:30:20: map[P]string{...} does not escape
./map_basic.go:31:13: ... argument does not escape
./map_basic.go:31:16: pm[P{...}] escapes to heap
./map_basic.go:31:29: pm[P{...}] escapes to heap
./map_basic.go:31:43: len(pm) escapes to heap
./map_basic.go:32:21: map[int][]int{} does not escape
./map_basic.go:36:13: ... argument does not escape
./map_basic.go:36:17: len(ms[0]) escapes to heap
./map_basic.go:36:29: len(ms[1]) escapes to heap
./map_basic.go:36:41: len(ms[2]) escapes to heap
./map_basic.go:37:20: map[int]int{} does not escape
./map_basic.go:45:13: ... argument does not escape
./map_basic.go:45:13: t escapes to heap
./map_basic.go:45:20: len(big) escapes to heap
./map_basic.go:46:50: map[interface {}]int{...} does not escape
./map_basic.go:46:52: 1 escapes to heap
./map_basic.go:46:60: "a" escapes to heap
./map_basic.go:46:68: 2.5 escapes to heap
./map_basic.go:47:13: ... argument does not escape
./map_basic.go:47:16: ik[1] escapes to heap
./map_basic.go:47:14: 1 does not escape
./map_basic.go:47:23: ik["a"] escapes to heap
./map_basic.go:47:21: "a" does not escape
./map_basic.go:47:32: ik[2.5] escapes to heap
./map_basic.go:47:30: 2.5 does not escape
./map_basic.go:47:41: ik[nil] escapes to heap
