./slice_to_array_pointer.go:9:12: []int{...} escapes to heap
./slice_to_array_pointer.go:12:13: ... argument does not escape
./slice_to_array_pointer.go:12:13: s escapes to heap
./slice_to_array_pointer.go:12:17: *p escapes to heap
./slice_to_array_pointer.go:12:24: len(p) escapes to heap
./slice_to_array_pointer.go:14:13: ... argument does not escape
./slice_to_array_pointer.go:14:16: q != nil escapes to heap
./slice_to_array_pointer.go:16:13: ... argument does not escape
./slice_to_array_pointer.go:16:27: (*[0]int)(e) == nil escapes to heap
