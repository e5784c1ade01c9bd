./article_make.go:8:15: make([]int, 8193) escapes to heap:
./article_make.go:8:15:   flow: {heap} = &{storage for make([]int, 8193)}:
./article_make.go:8:15:     from make([]int, 8193) (too large for stack) at ./article_make.go:8:15
./article_make.go:6:15: make([]int, 8191) does not escape
./article_make.go:7:15: make([]int, 8192) does not escape
./article_make.go:8:15: make([]int, 8193) escapes to heap
