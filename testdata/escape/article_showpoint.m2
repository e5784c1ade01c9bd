./article_showpoint.go:13:2: num escapes to heap:
./article_showpoint.go:13:2:   flow: ~r0 = &num:
./article_showpoint.go:13:2:     from &num (address-of) at ./article_showpoint.go:14:9
./article_showpoint.go:13:2:     from return &num (return) at ./article_showpoint.go:14:2
./article_showpoint.go:13:2: moved to heap: num
./article_showpoint.go:9:14: *point escapes to heap:
./article_showpoint.go:9:14:   flow: {storage for ... argument} = &{storage for *point}:
./article_showpoint.go:9:14:     from *point (spill) at ./article_showpoint.go:9:14
./article_showpoint.go:9:14:     from ... argument (slice-literal-element) at ./article_showpoint.go:9:13
./article_showpoint.go:9:14:   flow: {heap} = {storage for ... argument}:
./article_showpoint.go:9:14:     from ... argument (spill) at ./article_showpoint.go:9:13
./article_showpoint.go:9:14:     from fmt.Println(... argument...) (call parameter) at ./article_showpoint.go:9:13
./article_showpoint.go:9:13: ... argument does not escape
./article_showpoint.go:9:14: *point escapes to heap
