./copy_overlap.go:8:12: []int{...} escapes to heap
./copy_overlap.go:10:13: ... argument does not escape
./copy_overlap.go:10:13: n escapes to heap
./copy_overlap.go:10:13: s escapes to heap
./copy_overlap.go:11:11: []int{...} escapes to heap
./copy_overlap.go:13:13: ... argument does not escape
./copy_overlap.go:13:13: n escapes to heap
./copy_overlap.go:13:13: s escapes to heap
./copy_overlap.go:14:11: make([]byte, 3) escapes to heap
./copy_overlap.go:15:20: []byte{...} does not escape
./copy_overlap.go:16:13: ... argument does not escape
./copy_overlap.go:16:13: n escapes to heap
./copy_overlap.go:16:13: b escapes to heap
./copy_overlap.go:18:13: ... argument does not escape
./copy_overlap.go:18:13: n escapes to heap
./copy_overlap.go:18:13: b escapes to heap
./copy_overlap.go:20:13: ... argument does not escape
./copy_overlap.go:20:13: n escapes to heap
./copy_overlap.go:20:13: b escapes to heap
./copy_overlap.go:21:11: []P{...} escapes to heap
./copy_overlap.go:23:13: ... argument does not escape
./copy_overlap.go:23:13: n escapes to heap
./copy_overlap.go:23:13: ps escapes to heap
./copy_overlap.go:25:13: ... argument does not escape
./copy_overlap.go:25:18: copy(empty, s) escapes to heap
./copy_overlap.go:25:34: copy(s, empty) escapes to heap
./copy_overlap.go:28:13: ... argument does not escape
./copy_overlap.go:28:13: n escapes to heap
./copy_overlap.go:28:13: arr escapes to heap
./copy_overlap.go:29:18: []string{...} escapes to heap
./copy_overlap.go:31:13: ... argument does not escape
./copy_overlap.go:31:13: strs escapes to heap
./copy_overlap.go:32:13: make([]int64, 1000) does not escape
./copy_overlap.go:37:13: ... argument does not escape
./copy_overlap.go:37:17: big[0] escapes to heap
./copy_overlap.go:37:25: big[1] escapes to heap
./copy_overlap.go:37:33: big[500] escapes to heap
./copy_overlap.go:37:43: big[999] escapes to heap
