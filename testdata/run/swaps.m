./swaps.go:21:13: main ignoring self-assignment in s[i], s[j] = s[j], s[i]
./swaps.go:21:13: main ignoring self-assignment in s[i], s[j] = s[j], s[i]
./swaps.go:25:19: main ignoring self-assignment in s[1], s[2], s[3] = s[3], s[1], s[2]
./swaps.go:25:19: main ignoring self-assignment in s[1], s[2], s[3] = s[3], s[1], s[2]
./swaps.go:25:19: main ignoring self-assignment in s[1], s[2], s[3] = s[3], s[1], s[2]
./swaps.go:28:11: main ignoring self-assignment in t.x, t.y = t.y, t.x
./swaps.go:28:11: main ignoring self-assignment in t.x, t.y = t.y, t.x
./swaps.go:29:21: main ignoring self-assignment in t.arr[0], t.arr[2] = t.arr[2], t.arr[0]
./swaps.go:29:21: main ignoring self-assignment in t.arr[0], t.arr[2] = t.arr[2], t.arr[0]
./swaps.go:38:25: main ignoring self-assignment in arr[0], arr[1], arr[2] = arr[2], arr[0], arr[1]
./swaps.go:38:25: main ignoring self-assignment in arr[0], arr[1], arr[2] = arr[2], arr[0], arr[1]
./swaps.go:38:25: main ignoring self-assignment in arr[0], arr[1], arr[2] = arr[2], arr[0], arr[1]
./swaps.go:15:13: ... argument does not escape
./swaps.go:15:13: a escapes to heap
./swaps.go:15:13: b escapes to heap
./swaps.go:18:13: ... argument does not escape
./swaps.go:18:13: a escapes to heap
./swaps.go:18:13: b escapes to heap
./swaps.go:18:13: c escapes to heap
./swaps.go:19:12: []int{...} escapes to heap
./swaps.go:22:13: ... argument does not escape
./swaps.go:22:13: s escapes to heap
./swaps.go:24:13: ... argument does not escape
./swaps.go:24:13: i escapes to heap
./swaps.go:24:13: s escapes to heap
./swaps.go:26:13: ... argument does not escape
./swaps.go:26:13: s escapes to heap
./swaps.go:30:13: ... argument does not escape
./swaps.go:30:13: t escapes to heap
./swaps.go:33:13: ... argument does not escape
./swaps.go:33:13: t escapes to heap
./swaps.go:36:13: ... argument does not escape
./swaps.go:36:15: u.x escapes to heap
./swaps.go:36:20: v.x escapes to heap
./swaps.go:39:13: ... argument does not escape
./swaps.go:39:13: arr escapes to heap
./swaps.go:42:13: ... argument does not escape
./swaps.go:42:13: x escapes to heap
./swaps.go:42:13: y escapes to heap
./swaps.go:45:13: ... argument does not escape
./swaps.go:45:13: k escapes to heap
./swaps.go:45:13: s escapes to heap
./swaps.go:48:13: ... argument does not escape
./swaps.go:48:13: a escapes to heap
./swaps.go:48:17: *q escapes to heap
./swaps.go:51:13: ... argument does not escape
./swaps.go:51:13: m escapes to heap
./swaps.go:51:13: n escapes to heap
./swaps.go:53:13: ... argument does not escape
./swaps.go:53:13: w escapes to heap
