./moved_to_heap.go:8:2: moved to heap: x
./moved_to_heap.go:13:2: moved to heap: y
./moved_to_heap.go:17:16: moved to heap: z
./moved_to_heap.go:34:6: moved to heap: s
./moved_to_heap.go:39:6: moved to heap: arr
