./slices3.go:6:2: moved to heap: a
./slices3.go:8:13: ... argument does not escape
./slices3.go:8:13: s escapes to heap
./slices3.go:8:20: len(s) escapes to heap
./slices3.go:8:28: cap(s) escapes to heap
./slices3.go:10:13: ... argument does not escape
./slices3.go:10:13: t escapes to heap
./slices3.go:10:20: len(t) escapes to heap
./slices3.go:10:28: cap(t) escapes to heap
./slices3.go:12:13: ... argument does not escape
./slices3.go:12:13: a escapes to heap
./slices3.go:12:13: t escapes to heap
./slices3.go:15:13: ... argument does not escape
./slices3.go:15:13: a escapes to heap
./slices3.go:15:13: t escapes to heap
./slices3.go:15:23: len(t) escapes to heap
./slices3.go:15:31: cap(t) escapes to heap
./slices3.go:17:13: ... argument does not escape
./slices3.go:17:13: u escapes to heap
./slices3.go:17:20: len(u) escapes to heap
./slices3.go:17:28: cap(u) escapes to heap
./slices3.go:19:13: ... argument does not escape
./slices3.go:19:13: v escapes to heap
./slices3.go:19:20: len(v) escapes to heap
./slices3.go:19:28: cap(v) escapes to heap
./slices3.go:22:13: ... argument does not escape
./slices3.go:22:15: a[9] escapes to heap
./slices3.go:22:23: len(w[3:]) escapes to heap
./slices3.go:22:35: cap(w[3:7:8]) escapes to heap
./slices3.go:25:13: ... argument does not escape
./slices3.go:25:13: ps escapes to heap
./slices3.go:25:20: pa[1] escapes to heap
./slices3.go:25:28: len(pa) escapes to heap
./slices3.go:26:11: make([]int, 3, 10) escapes to heap
./slices3.go:29:13: ... argument does not escape
./slices3.go:29:13: x escapes to heap
./slices3.go:29:18: x[:5] escapes to heap
./slices3.go:29:18: y escapes to heap
./slices3.go:29:30: cap(y) escapes to heap
./slices3.go:31:13: ... argument does not escape
./slices3.go:31:15: x[:5] escapes to heap
./slices3.go:31:15: y escapes to heap
./slices3.go:31:27: cap(y) escapes to heap
./slices3.go:33:13: ... argument does not escape
./slices3.go:33:17: str[6:] escapes to heap
./slices3.go:33:26: str[:5] escapes to heap
./slices3.go:33:35: str[3:8] escapes to heap
./slices3.go:33:45: str[11:] escapes to heap
./slices3.go:33:55: len(str[2:2]) escapes to heap
./slices3.go:35:13: ... argument does not escape
./slices3.go:35:16: ns[:] escapes to heap
./slices3.go:35:23: ns[0:0] escapes to heap
./slices3.go:35:33: ns == nil escapes to heap
./slices3.go:35:48: ns[:0] == nil escapes to heap
./slices3.go:36:11: make([]byte, 0, 4) escapes to heap
./slices3.go:39:13: ... argument does not escape
./slices3.go:39:13: b1 escapes to heap
./slices3.go:39:13: b2 escapes to heap
./slices3.go:41:13: ... argument does not escape
./slices3.go:41:15: a[i:j:k] escapes to heap
./slices3.go:41:25: a[i:j] escapes to heap
./slices3.go:41:33: a[:j:k] escapes to heap
./slices3.go:41:44: cap(a[:j:k]) escapes to heap
