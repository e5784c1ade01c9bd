./chan_escape2.go:13:16: parameter p leaks to {heap} with derefs=0:
./chan_escape2.go:13:16:   flow: {heap} = p:
./chan_escape2.go:13:16:     from c <- p (send) at ./chan_escape2.go:14:4
./chan_escape2.go:13:16: leaking param: p
./chan_escape2.go:13:24: c does not escape
./chan_escape2.go:17:20: parameter p leaks to {heap} with derefs=0:
./chan_escape2.go:17:20:   flow: {heap} = p:
./chan_escape2.go:17:20:     from c <- p (send) at ./chan_escape2.go:19:4
./chan_escape2.go:17:20: leaking param: p
./chan_escape2.go:22:22: parameter p leaks to {heap} with derefs=0:
./chan_escape2.go:22:22:   flow: {heap} = p:
./chan_escape2.go:22:22:     from S{...} (struct literal element) at ./chan_escape2.go:23:8
./chan_escape2.go:22:22:     from c <- S{...} (send) at ./chan_escape2.go:23:4
./chan_escape2.go:22:22: leaking param: p
./chan_escape2.go:22:30: c does not escape
./chan_escape2.go:27:12: []int{...} escapes to heap:
./chan_escape2.go:27:12:   flow: {heap} = &{storage for []int{...}}:
./chan_escape2.go:27:12:     from []int{...} (spill) at ./chan_escape2.go:27:12
./chan_escape2.go:27:12:     from c <- []int{...} (send) at ./chan_escape2.go:27:4
./chan_escape2.go:28:7: &S{} escapes to heap:
./chan_escape2.go:28:7:   flow: {heap} = &{storage for &S{}}:
./chan_escape2.go:28:7:     from &S{} (spill) at ./chan_escape2.go:28:7
./chan_escape2.go:28:7:     from d <- (&S{}) (send) at ./chan_escape2.go:28:4
./chan_escape2.go:30:13: [4]int{} escapes to heap:
./chan_escape2.go:30:13:   flow: {heap} = &{storage for [4]int{}}:
./chan_escape2.go:30:13:     from [4]int{} (spill) at ./chan_escape2.go:30:13
./chan_escape2.go:30:13:     from e <- [4]int{} (send) at ./chan_escape2.go:30:4
./chan_escape2.go:26:19: c does not escape
./chan_escape2.go:26:33: d does not escape
./chan_escape2.go:26:44: e does not escape
./chan_escape2.go:27:12: []int{...} escapes to heap
./chan_escape2.go:28:7: &S{} escapes to heap
./chan_escape2.go:30:13: [4]int{} escapes to heap
./chan_escape2.go:35:3: x escapes to heap:
./chan_escape2.go:35:3:   flow: {heap} = &x:
./chan_escape2.go:35:3:     from &x (address-of) at ./chan_escape2.go:36:8
./chan_escape2.go:35:3:     from c <- &x (send) at ./chan_escape2.go:36:5
./chan_escape2.go:33:12: c does not escape
./chan_escape2.go:35:3: moved to heap: x
./chan_escape2.go:45:7: y escapes to heap:
./chan_escape2.go:45:7:   flow: {heap} = &y:
./chan_escape2.go:45:7:     from &y (address-of) at ./chan_escape2.go:47:13
./chan_escape2.go:45:7:     from c <- &y (send) at ./chan_escape2.go:47:10
./chan_escape2.go:48:13: n escapes to heap:
./chan_escape2.go:48:13:   flow: {heap} = &{storage for n}:
./chan_escape2.go:48:13:     from n (spill) at ./chan_escape2.go:48:13
./chan_escape2.go:48:13:     from d <- n (send) at ./chan_escape2.go:48:10
./chan_escape2.go:43:17: c does not escape
./chan_escape2.go:43:30: d does not escape
./chan_escape2.go:45:7: moved to heap: y
./chan_escape2.go:48:13: n escapes to heap
./chan_escape2.go:59:18: c does not escape
./chan_escape2.go:67:17: c does not escape
./chan_escape2.go:73:36: parameter p leaks to {heap} with derefs=0:
./chan_escape2.go:73:36:   flow: {heap} = p:
./chan_escape2.go:73:36:     from d <- p (send) at ./chan_escape2.go:75:4
./chan_escape2.go:73:18: c does not escape
./chan_escape2.go:73:36: leaking param: p
./chan_escape2.go:78:12: s does not escape
./chan_escape2.go:82:15: parameter c leaks to ~r0 with derefs=0:
./chan_escape2.go:82:15:   flow: r = c:
./chan_escape2.go:82:15:     from r = c (assign) at ./chan_escape2.go:83:6
./chan_escape2.go:82:15:   flow: ~r0 = r:
./chan_escape2.go:82:15:     from return r (return) at ./chan_escape2.go:84:2
./chan_escape2.go:82:15: leaking param: c to result ~r0 level=0
