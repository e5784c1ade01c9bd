./moved_to_heap.go:8:2: x escapes to heap:
./moved_to_heap.go:8:2:   flow: ~r0 = &x:
./moved_to_heap.go:8:2:     from &x (address-of) at ./moved_to_heap.go:9:9
./moved_to_heap.go:8:2:     from return &x (return) at ./moved_to_heap.go:9:2
./moved_to_heap.go:8:2: moved to heap: x
./moved_to_heap.go:13:2: y escapes to heap:
./moved_to_heap.go:13:2:   flow: {heap} = &y:
./moved_to_heap.go:13:2:     from &y (address-of) at ./moved_to_heap.go:14:7
./moved_to_heap.go:13:2:     from gp = &y (assign) at ./moved_to_heap.go:14:5
./moved_to_heap.go:13:2: moved to heap: y
./moved_to_heap.go:17:16: parameter z leaks to ~r0 with derefs=0:
./moved_to_heap.go:17:16:   flow: ~r0 = &z:
./moved_to_heap.go:17:16:     from &z (address-of) at ./moved_to_heap.go:18:9
./moved_to_heap.go:17:16:     from return &z (return) at ./moved_to_heap.go:18:2
./moved_to_heap.go:17:16: z escapes to heap:
./moved_to_heap.go:17:16:   flow: ~r0 = &z:
./moved_to_heap.go:17:16:     from &z (address-of) at ./moved_to_heap.go:18:9
./moved_to_heap.go:17:16:     from return &z (return) at ./moved_to_heap.go:18:2
./moved_to_heap.go:17:16: moved to heap: z
./moved_to_heap.go:34:6: s escapes to heap:
./moved_to_heap.go:34:6:   flow: ~r0 = &s:
./moved_to_heap.go:34:6:     from s.b (dot) at ./moved_to_heap.go:35:11
./moved_to_heap.go:34:6:     from &s.b (address-of) at ./moved_to_heap.go:35:9
./moved_to_heap.go:34:6:     from return &s.b (return) at ./moved_to_heap.go:35:2
./moved_to_heap.go:34:6: moved to heap: s
./moved_to_heap.go:39:6: arr escapes to heap:
./moved_to_heap.go:39:6:   flow: ~r0 = &arr:
./moved_to_heap.go:39:6:     from arr[2] (fixed-array-index-of) at ./moved_to_heap.go:40:13
./moved_to_heap.go:39:6:     from &arr[2] (address-of) at ./moved_to_heap.go:40:9
./moved_to_heap.go:39:6:     from return &arr[2] (return) at ./moved_to_heap.go:40:2
./moved_to_heap.go:39:6: moved to heap: arr
