./article_slice_ptr.go:7:2: a escapes to heap:
./article_slice_ptr.go:7:2:   flow: {heap} = &a:
./article_slice_ptr.go:7:2:     from &a (address-of) at ./article_slice_ptr.go:8:12
./article_slice_ptr.go:7:2:     from nums[0] = &a (assign) at ./article_slice_ptr.go:8:10
./article_slice_ptr.go:7:2: moved to heap: a
./article_slice_ptr.go:6:14: make([]*int, 0) does not escape
