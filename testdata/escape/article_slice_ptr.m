./article_slice_ptr.go:7:2: moved to heap: a
./article_slice_ptr.go:6:14: make([]*int, 0) does not escape
