./map_keys.go:24:7: b does not escape
./map_keys.go:65:2: moved to heap: x
./map_keys.go:65:5: moved to heap: y
./map_keys.go:28:22: map[float64]int{} does not escape
./map_keys.go:32:13: ... argument does not escape
./map_keys.go:32:17: len(f) escapes to heap
./map_keys.go:32:23: f[0] escapes to heap
./map_keys.go:32:29: f[negz] escapes to heap
./map_keys.go:37:13: ... argument does not escape
./map_keys.go:37:17: len(f) escapes to heap
./map_keys.go:37:17: ok escapes to heap
./map_keys.go:39:13: ... argument does not escape
./map_keys.go:39:17: len(f) escapes to heap
./map_keys.go:46:13: ... argument does not escape
./map_keys.go:46:14: "nan values sum" escapes to heap
./map_keys.go:46:14: n escapes to heap
./map_keys.go:49:22: map[bool]string{...} does not escape
./map_keys.go:51:13: ... argument does not escape
./map_keys.go:51:15: b[true] escapes to heap
./map_keys.go:51:24: b[false] escapes to heap
./map_keys.go:51:36: len(b) escapes to heap
./map_keys.go:52:20: map[int8]int{...} does not escape
./map_keys.go:54:13: ... argument does not escape
./map_keys.go:54:16: i8[-128] escapes to heap
./map_keys.go:54:26: i8[127] escapes to heap
./map_keys.go:54:35: i8[0] escapes to heap
./map_keys.go:55:23: map[uint16]int{...} does not escape
./map_keys.go:56:13: ... argument does not escape
./map_keys.go:56:17: u16[65535] escapes to heap
./map_keys.go:56:29: u16[0] escapes to heap
./map_keys.go:57:25: map[complex128]int{...} does not escape
./map_keys.go:59:13: ... argument does not escape
./map_keys.go:59:15: c[1 + 2i] escapes to heap
./map_keys.go:59:26: len(c) escapes to heap
./map_keys.go:60:24: map[float32]int{...} does not escape
./map_keys.go:62:13: ... argument does not escape
./map_keys.go:62:17: f32[1.5] escapes to heap
./map_keys.go:66:22: map[*int]string{...} does not escape
./map_keys.go:67:13: ... argument does not escape
./map_keys.go:67:15: p[&x] escapes to heap
./map_keys.go:67:22: p[&y] escapes to heap
./map_keys.go:67:31: len(p) escapes to heap
./map_keys.go:70:24: map[[3]string]int{...} does not escape
./map_keys.go:72:13: ... argument does not escape
./map_keys.go:72:15: a[[3]string{...}] escapes to heap
./map_keys.go:72:44: a[[3]string{...}] escapes to heap
./map_keys.go:73:17: map[Pt]int{} does not escape
./map_keys.go:76:13: ... argument does not escape
./map_keys.go:76:15: s[k] escapes to heap
./map_keys.go:76:23: len(s) escapes to heap
./map_keys.go:78:13: ... argument does not escape
./map_keys.go:78:15: s[k] escapes to heap
./map_keys.go:81:29: map[interface {}]string{} does not escape
./map_keys.go:82:2: 1 escapes to heap
./map_keys.go:83:2: int64(1) escapes to heap
./map_keys.go:84:2: "1" escapes to heap
./map_keys.go:86:10: [2]int{...} escapes to heap
./map_keys.go:87:6: Pt{...} escapes to heap
./map_keys.go:88:13: ... argument does not escape
./map_keys.go:88:17: len(e) escapes to heap
./map_keys.go:88:23: e[1] escapes to heap
./map_keys.go:88:22: 1 does not escape
./map_keys.go:88:29: e[int64(1)] escapes to heap
./map_keys.go:88:28: int64(1) does not escape
./map_keys.go:88:42: e["1"] escapes to heap
./map_keys.go:88:41: "1" does not escape
./map_keys.go:88:50: e[nil] escapes to heap
./map_keys.go:88:58: e[[2]int{...}] escapes to heap
./map_keys.go:88:65: [2]int{...} does not escape
./map_keys.go:88:75: e[Pt{...}] escapes to heap
./map_keys.go:88:78: Pt{...} does not escape
./map_keys.go:89:34: map[Key]int{...} does not escape
./map_keys.go:89:39: A(3) escapes to heap
./map_keys.go:89:52: B{...} escapes to heap
./map_keys.go:90:2: A(3) escapes to heap
./map_keys.go:91:13: ... argument does not escape
./map_keys.go:91:16: ik[A(3)] escapes to heap
./map_keys.go:91:14: A(3) does not escape
./map_keys.go:91:26: ik[B{...}] escapes to heap
./map_keys.go:91:28: B{...} does not escape
./map_keys.go:91:40: ik[B{...}] escapes to heap
./map_keys.go:91:42: B{...} does not escape
./map_keys.go:91:54: len(ik) escapes to heap
./map_keys.go:93:32: map[string]interface {}{...} does not escape
./map_keys.go:93:36: "str" escapes to heap
./map_keys.go:94:2: 1 escapes to heap
./map_keys.go:95:2: Pt{...} escapes to heap
./map_keys.go:96:13: ... argument does not escape
./map_keys.go:96:17: len(vals) escapes to heap
./map_keys.go:99:22: map[string]int{} does not escape
./map_keys.go:101:16: ... argument does not escape
./map_keys.go:101:17: "key" escapes to heap
./map_keys.go:101:25: i % 10 escapes to heap
./map_keys.go:103:13: ... argument does not escape
./map_keys.go:103:17: len(st) escapes to heap
./map_keys.go:103:25: st["key3"] escapes to heap
