./store_slice.go:7:2: moved to heap: a
./store_slice.go:6:11: make([]*int, 1) does not escape
./store_slice.go:12:24: s does not escape
./store_slice.go:13:2: moved to heap: b
./store_slice.go:19:2: moved to heap: c
./store_slice.go:26:13: []*int{...} does not escape
./store_slice.go:30:17: s does not escape
./store_slice.go:30:27: leaking param: p
./store_slice.go:37:2: moved to heap: x
./store_slice.go:35:11: make([]*int, 2) does not escape
