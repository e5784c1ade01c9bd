./seed_slice_ptr.go:5:2: a escapes to heap:
./seed_slice_ptr.go:5:2:   flow: {heap} = &a:
./seed_slice_ptr.go:5:2:     from &a (address-of) at ./seed_slice_ptr.go:6:12
./seed_slice_ptr.go:5:2:     from nums[0] = &a (assign) at ./seed_slice_ptr.go:6:10
./seed_slice_ptr.go:5:2: moved to heap: a
./seed_slice_ptr.go:4:14: make([]*int, 0) does not escape
