./slices_sub.go:26:6: moved to heap: arr
./slices_sub.go:6:11: make([]int, 5, 8) escapes to heap
./slices_sub.go:11:13: ... argument does not escape
./slices_sub.go:11:13: t escapes to heap
./slices_sub.go:11:20: len(t) escapes to heap
./slices_sub.go:11:28: cap(t) escapes to heap
./slices_sub.go:13:13: ... argument does not escape
./slices_sub.go:13:13: s escapes to heap
./slices_sub.go:13:13: t escapes to heap
./slices_sub.go:16:13: ... argument does not escape
./slices_sub.go:16:13: s escapes to heap
./slices_sub.go:16:13: u escapes to heap
./slices_sub.go:16:23: len(u) escapes to heap
./slices_sub.go:16:31: cap(u) escapes to heap
./slices_sub.go:18:13: ... argument does not escape
./slices_sub.go:18:13: w escapes to heap
./slices_sub.go:18:20: len(w) escapes to heap
./slices_sub.go:18:28: cap(w) escapes to heap
./slices_sub.go:22:13: ... argument does not escape
./slices_sub.go:22:13: s escapes to heap
./slices_sub.go:22:13: x escapes to heap
./slices_sub.go:22:23: len(x) escapes to heap
./slices_sub.go:22:31: cap(x) escapes to heap
./slices_sub.go:25:13: ... argument does not escape
./slices_sub.go:25:13: s escapes to heap
./slices_sub.go:25:13: x escapes to heap
./slices_sub.go:25:23: len(x) escapes to heap
./slices_sub.go:25:31: cap(x) escapes to heap
./slices_sub.go:29:13: ... argument does not escape
./slices_sub.go:29:13: arr escapes to heap
./slices_sub.go:29:13: as escapes to heap
./slices_sub.go:29:26: cap(as) escapes to heap
./slices_sub.go:30:11: make([][]int, 3) escapes to heap
./slices_sub.go:32:14: make([]int, i + 1) escapes to heap
./slices_sub.go:37:13: ... argument does not escape
./slices_sub.go:37:13: m escapes to heap
