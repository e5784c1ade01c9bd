./slices_alias.go:5:13: s does not escape
./slices_alias.go:11:11: leaking param: s to result ~r0 level=0
./slices_alias.go:17:14: reverse ignoring self-assignment in s[i], s[j] = s[j], s[i]
./slices_alias.go:17:14: reverse ignoring self-assignment in s[i], s[j] = s[j], s[i]
./slices_alias.go:15:14: s does not escape
./slices_alias.go:35:2: moved to heap: arr
./slices_alias.go:22:12: []int{...} escapes to heap
./slices_alias.go:25:13: ... argument does not escape
./slices_alias.go:25:13: a escapes to heap
./slices_alias.go:25:13: b escapes to heap
./slices_alias.go:27:13: ... argument does not escape
./slices_alias.go:27:13: a escapes to heap
./slices_alias.go:27:13: c escapes to heap
./slices_alias.go:27:23: len(c) escapes to heap
./slices_alias.go:27:31: cap(c) escapes to heap
./slices_alias.go:30:13: ... argument does not escape
./slices_alias.go:30:15: a[0] escapes to heap
./slices_alias.go:30:21: d[0] escapes to heap
./slices_alias.go:31:11: make([]int, 2, 10) escapes to heap
./slices_alias.go:34:13: ... argument does not escape
./slices_alias.go:34:13: f escapes to heap
./slices_alias.go:34:13: g escapes to heap
./slices_alias.go:38:13: ... argument does not escape
./slices_alias.go:38:13: arr escapes to heap
./slices_alias.go:41:13: ... argument does not escape
./slices_alias.go:41:13: s escapes to heap
./slices_alias.go:44:13: ... argument does not escape
./slices_alias.go:44:13: arr escapes to heap
./slices_alias.go:44:13: s escapes to heap
./slices_alias.go:45:14: ([]byte)("abcdef") does not escape
./slices_alias.go:47:13: ... argument does not escape
./slices_alias.go:47:20: string(bs) escapes to heap
./slices_alias.go:47:20: string(bs) escapes to heap
./slices_alias.go:50:14: make([]int, 3) escapes to heap
./slices_alias.go:57:13: ... argument does not escape
./slices_alias.go:57:13: grid escapes to heap
./slices_alias.go:57:23: len(grid) escapes to heap
./slices_alias.go:58:16: make([]int, 3) escapes to heap
./slices_alias.go:59:17: [][]int{...} escapes to heap
./slices_alias.go:61:13: ... argument does not escape
./slices_alias.go:61:13: rows escapes to heap
./slices_alias.go:62:16: []*int{...} does not escape
./slices_alias.go:64:13: ... argument does not escape
./slices_alias.go:64:13: a escapes to heap
