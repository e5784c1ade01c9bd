./slices_of_arrays.go:12:13: leaking param content: t
./slices_of_arrays.go:20:13: t does not escape
./slices_of_arrays.go:33:13: ... argument does not escape
./slices_of_arrays.go:33:17: len(t.rows) escapes to heap
./slices_of_arrays.go:33:30: cap(t.rows) escapes to heap
./slices_of_arrays.go:33:46: t.rows[3] escapes to heap
./slices_of_arrays.go:33:57: colSum(t, 2) escapes to heap
./slices_of_arrays.go:38:13: ... argument does not escape
./slices_of_arrays.go:38:20: t.rows[5] escapes to heap
./slices_of_arrays.go:38:20: cp escapes to heap
./slices_of_arrays.go:41:13: ... argument does not escape
./slices_of_arrays.go:41:23: t.rows[2][0] escapes to heap
./slices_of_arrays.go:42:14: make([][3]bool, 3) escapes to heap
./slices_of_arrays.go:46:13: ... argument does not escape
./slices_of_arrays.go:46:13: grid escapes to heap
./slices_of_arrays.go:47:26: []int{...} escapes to heap
./slices_of_arrays.go:47:36: []int{...} escapes to heap
./slices_of_arrays.go:52:13: ... argument does not escape
./slices_of_arrays.go:52:13: arrOfSlices escapes to heap
./slices_of_arrays.go:52:13: copyArr escapes to heap
./slices_of_arrays.go:56:13: ... argument does not escape
./slices_of_arrays.go:56:13: big escapes to heap
./slices_of_arrays.go:56:22: len(big[0]) escapes to heap
./slices_of_arrays.go:56:35: len(big[0][0]) escapes to heap
