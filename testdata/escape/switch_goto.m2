./switch_goto.go:12:18: a does not escape
./switch_goto.go:12:21: b does not escape
./switch_goto.go:16:10: new(int) does not escape
./switch_goto.go:35:13: new(int) escapes to heap:
./switch_goto.go:35:13:   flow: {heap} = &{storage for new(int)}:
./switch_goto.go:35:13:     from new(int) (spill) at ./switch_goto.go:35:13
./switch_goto.go:35:13:     from sink = new(int) (assign) at ./switch_goto.go:35:8
./switch_goto.go:33:10: new(int) escapes to heap:
./switch_goto.go:33:10:   flow: p = &{storage for new(int)}:
./switch_goto.go:33:10:     from new(int) (spill) at ./switch_goto.go:33:10
./switch_goto.go:33:10:     from p = new(int) (assign) at ./switch_goto.go:33:5
./switch_goto.go:33:10:   flow: ~r0 = p:
./switch_goto.go:33:10:     from return p (return) at ./switch_goto.go:37:2
./switch_goto.go:27:19: parameter x leaks to ~r0 with derefs=0:
./switch_goto.go:27:19:   flow: p = x:
./switch_goto.go:27:19:     from p = x (assign) at ./switch_goto.go:31:5
./switch_goto.go:27:19:   flow: ~r0 = p:
./switch_goto.go:27:19:     from return p (return) at ./switch_goto.go:37:2
./switch_goto.go:27:19: leaking param: x to result ~r0 level=0
./switch_goto.go:33:10: new(int) escapes to heap
./switch_goto.go:35:13: new(int) escapes to heap
./switch_goto.go:45:10: new(int) escapes to heap:
./switch_goto.go:45:10:   flow: v = &{storage for new(int)}:
./switch_goto.go:45:10:     from new(int) (spill) at ./switch_goto.go:45:10
./switch_goto.go:45:10:     from v := new(int) (assign) at ./switch_goto.go:45:4
./switch_goto.go:45:10:   flow: last = v:
./switch_goto.go:45:10:     from last = v (assign) at ./switch_goto.go:47:7
./switch_goto.go:45:10: new(int) escapes to heap
./switch_goto.go:61:9: new(int) does not escape
./switch_goto.go:64:10: new(int) does not escape
./switch_goto.go:74:10: new(int) escapes to heap:
./switch_goto.go:74:10:   flow: p = &{storage for new(int)}:
./switch_goto.go:74:10:     from new(int) (spill) at ./switch_goto.go:74:10
./switch_goto.go:74:10:     from p = new(int) (assign) at ./switch_goto.go:74:5
./switch_goto.go:74:10: new(int) escapes to heap
./switch_goto.go:79:10: new(int) does not escape
./switch_goto.go:84:20: parameter xs leaks to {heap} with derefs=1:
./switch_goto.go:84:20:   flow: {temp} = xs:
./switch_goto.go:84:20:   flow: x = *{temp}:
./switch_goto.go:84:20:     from for loop (range-deref) at ./switch_goto.go:91:15
./switch_goto.go:84:20:   flow: {heap} = x:
./switch_goto.go:84:20:     from b.p = x (assign) at ./switch_goto.go:93:9
./switch_goto.go:85:7: &box{} escapes to heap:
./switch_goto.go:85:7:   flow: b = &{storage for &box{}}:
./switch_goto.go:85:7:     from &box{} (spill) at ./switch_goto.go:85:7
./switch_goto.go:85:7:     from b := &box{} (assign) at ./switch_goto.go:85:4
./switch_goto.go:85:7:   flow: ~r0 = b:
./switch_goto.go:85:7:     from return b (return) at ./switch_goto.go:98:2
./switch_goto.go:84:20: leaking param content: xs
./switch_goto.go:85:7: &box{} escapes to heap
