./sort_slice.go:10:11: insertionSort ignoring self-assignment in a[j + 1] = a[j]
./sort_slice.go:5:20: a does not escape
./sort_slice.go:23:18: bubbleSort ignoring self-assignment in a[i], a[i + 1] = a[i + 1], a[i]
./sort_slice.go:23:18: bubbleSort ignoring self-assignment in a[i], a[i + 1] = a[i + 1], a[i]
./sort_slice.go:17:17: a does not escape
./sort_slice.go:37:11: make([]int, 20) escapes to heap
./sort_slice.go:38:11: make([]int, 20) escapes to heap
./sort_slice.go:44:13: ... argument does not escape
./sort_slice.go:44:13: a escapes to heap
./sort_slice.go:46:13: ... argument does not escape
./sort_slice.go:46:13: a escapes to heap
./sort_slice.go:48:13: ... argument does not escape
./sort_slice.go:48:13: b escapes to heap
./sort_slice.go:48:13: n escapes to heap
./sort_slice.go:55:13: ... argument does not escape
./sort_slice.go:55:14: "same:" escapes to heap
./sort_slice.go:55:14: same escapes to heap
