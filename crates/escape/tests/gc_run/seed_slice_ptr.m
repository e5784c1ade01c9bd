./seed_slice_ptr.go:5:2: moved to heap: a
./seed_slice_ptr.go:4:14: make([]*int, 0) does not escape
