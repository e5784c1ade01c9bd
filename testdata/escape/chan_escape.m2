./chan_escape.go:12:24: x escapes to heap:
./chan_escape.go:12:24:   flow: {heap} = &x:
./chan_escape.go:12:24:     from &x (address-of) at ./chan_escape.go:13:7
./chan_escape.go:12:24:     from c <- &x (send) at ./chan_escape.go:13:4
./chan_escape.go:12:11: c does not escape
./chan_escape.go:12:24: moved to heap: x
./chan_escape.go:17:7: x escapes to heap:
./chan_escape.go:17:7:   flow: {heap} = &{storage for x}:
./chan_escape.go:17:7:     from x (spill) at ./chan_escape.go:17:7
./chan_escape.go:17:7:     from c <- x (send) at ./chan_escape.go:17:4
./chan_escape.go:18:7: t escapes to heap:
./chan_escape.go:18:7:   flow: {heap} = &{storage for t}:
./chan_escape.go:18:7:     from t (spill) at ./chan_escape.go:18:7
./chan_escape.go:18:7:     from c <- t (send) at ./chan_escape.go:18:4
./chan_escape.go:16:35: t escapes to heap:
./chan_escape.go:16:35:   flow: {heap} = &t:
./chan_escape.go:16:35:     from &t (address-of) at ./chan_escape.go:19:7
./chan_escape.go:16:35:     from &t (interface-converted) at ./chan_escape.go:19:8
./chan_escape.go:16:35:     from c <- &t (send) at ./chan_escape.go:19:4
./chan_escape.go:16:16: c does not escape
./chan_escape.go:16:35: moved to heap: t
./chan_escape.go:17:7: x escapes to heap
./chan_escape.go:18:7: t escapes to heap
./chan_escape.go:22:11: c does not escape
./chan_escape.go:28:2: <-c escapes to heap:
./chan_escape.go:28:2:   flow: v = &{storage for <-c}:
./chan_escape.go:28:2:     from <-c (spill) at ./chan_escape.go:28:2
./chan_escape.go:28:2:     from v = <-c (assign) at ./chan_escape.go:28:4
./chan_escape.go:28:2:   flow: {heap} = v:
./chan_escape.go:28:2:     from sink = v (assign) at ./chan_escape.go:29:7
./chan_escape.go:26:16: c does not escape
./chan_escape.go:28:2: <-c escapes to heap
./chan_escape.go:32:13: c does not escape
./chan_escape.go:37:18: c does not escape
./chan_escape.go:52:13: c does not escape
./chan_escape.go:56:16: c does not escape
./chan_escape.go:64:37: x escapes to heap:
./chan_escape.go:64:37:   flow: {heap} = &x:
./chan_escape.go:64:37:     from &x (address-of) at ./chan_escape.go:70:12
./chan_escape.go:64:37:     from c <- &x (send) at ./chan_escape.go:70:9
./chan_escape.go:74:6: z escapes to heap:
./chan_escape.go:74:6:   flow: {heap} = &z:
./chan_escape.go:74:6:     from &z (address-of) at ./chan_escape.go:76:12
./chan_escape.go:74:6:     from c <- &z (send) at ./chan_escape.go:76:9
./chan_escape.go:64:14: c does not escape
./chan_escape.go:64:27: d does not escape
./chan_escape.go:64:37: moved to heap: x
./chan_escape.go:74:6: moved to heap: z
./chan_escape.go:81:17: c does not escape
./chan_escape.go:86:16: parameter c leaks to ~r0 with derefs=0:
./chan_escape.go:86:16:   flow: ~r0 = c:
./chan_escape.go:86:16:     from return c (return) at ./chan_escape.go:87:2
./chan_escape.go:86:16: leaking param: c to result ~r0 level=0
./chan_escape.go:90:17: c does not escape
./chan_escape.go:90:27: p does not escape
./chan_escape.go:94:11: parameter c leaks to ~r1 with derefs=0:
./chan_escape.go:94:11:   flow: ~r1 = c:
./chan_escape.go:94:11:     from return c, c (return) at ./chan_escape.go:95:2
./chan_escape.go:94:11: parameter c leaks to ~r0 with derefs=0:
./chan_escape.go:94:11:   flow: ~r0 = c:
./chan_escape.go:94:11:     from return c, c (return) at ./chan_escape.go:95:2
./chan_escape.go:94:11: leaking param: c to result ~r0 level=0
./chan_escape.go:94:11: leaking param: c to result ~r1 level=0
./chan_escape.go:98:16: c does not escape
./chan_escape.go:102:19: c does not escape
