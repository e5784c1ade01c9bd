./type_switch.go:12:18: parameter e leaks to ~r0 with derefs=0:
./type_switch.go:12:18:   flow: v = e:
./type_switch.go:12:18:     from case *int: return v (switch case) at ./type_switch.go:14:2
./type_switch.go:12:18:   flow: ~r0 = v:
./type_switch.go:12:18:     from return v (return) at ./type_switch.go:15:3
./type_switch.go:12:18: leaking param: e to result ~r0 level=0
./type_switch.go:20:17: parameter e leaks to ~r0 with derefs=0:
./type_switch.go:20:17:   flow: v = e:
./type_switch.go:20:17:     from case T: return v.p (switch case) at ./type_switch.go:22:2
./type_switch.go:20:17:   flow: ~r0 = v:
./type_switch.go:20:17:     from v.p (dot) at ./type_switch.go:23:11
./type_switch.go:20:17:     from return v.p (return) at ./type_switch.go:23:3
./type_switch.go:20:17: leaking param: e to result ~r0 level=0
./type_switch.go:30:15: parameter e leaks to {heap} with derefs=0:
./type_switch.go:30:15:   flow: {temp} = e:
./type_switch.go:30:15:   flow: v = {temp}:
./type_switch.go:30:15:     from case int, string: sink = v (switch case) at ./type_switch.go:32:2
./type_switch.go:30:15:   flow: {heap} = v:
./type_switch.go:30:15:     from sink = v (assign) at ./type_switch.go:33:8
./type_switch.go:30:15: leaking param: e
./type_switch.go:38:19: parameter e leaks to {heap} with derefs=0:
./type_switch.go:38:19:   flow: v = e:
./type_switch.go:38:19:     from default: sink = v (switch case) at ./type_switch.go:42:2
./type_switch.go:38:19:   flow: {heap} = v:
./type_switch.go:38:19:     from sink = v (assign) at ./type_switch.go:43:8
./type_switch.go:38:19: leaking param: e
./type_switch.go:47:12: e does not escape
./type_switch.go:55:14: e does not escape
./type_switch.go:67:14: parameter e leaks to {heap} with derefs=0:
./type_switch.go:67:14:   flow: {temp} = e:
./type_switch.go:67:14:   flow: v = {temp}:
./type_switch.go:67:14:     from case *int: gp = v (switch case) at ./type_switch.go:69:2
./type_switch.go:67:14:   flow: {heap} = v:
./type_switch.go:67:14:     from gp = v (assign) at ./type_switch.go:70:6
./type_switch.go:67:14: leaking param: e
./type_switch.go:79:3: v escapes to heap:
./type_switch.go:79:3:   flow: {heap} = &{storage for v}:
./type_switch.go:79:3:     from v (spill) at ./type_switch.go:79:3
./type_switch.go:79:3:     from sink = v (assign) at ./type_switch.go:79:8
./type_switch.go:76:18: parameter e leaks to {storage for v} with derefs=1:
./type_switch.go:76:18:   flow: v = *e:
./type_switch.go:76:18:     from case string: sink = v (switch case) at ./type_switch.go:78:2
./type_switch.go:76:18:   flow: {storage for v} = v:
./type_switch.go:76:18:     from v (interface-converted) at ./type_switch.go:79:3
./type_switch.go:76:18: leaking param content: e
./type_switch.go:79:3: v escapes to heap
./type_switch.go:84:2: n escapes to heap:
./type_switch.go:84:2:   flow: e = &n:
./type_switch.go:84:2:     from &n (address-of) at ./type_switch.go:85:22
./type_switch.go:84:2:     from &n (interface-converted) at ./type_switch.go:85:23
./type_switch.go:84:2:     from e = &n (assign) at ./type_switch.go:85:6
./type_switch.go:84:2:   flow: v = e:
./type_switch.go:84:2:     from case *int: gp = v (switch case) at ./type_switch.go:87:2
./type_switch.go:84:2:   flow: {heap} = v:
./type_switch.go:84:2:     from gp = v (assign) at ./type_switch.go:88:6
./type_switch.go:84:2: moved to heap: n
./type_switch.go:90:11: make([]int, 2) does not escape
./type_switch.go:91:22: s does not escape
./type_switch.go:98:13: parameter es leaks to {heap} with derefs=1:
./type_switch.go:98:13:   flow: {temp} = es:
./type_switch.go:98:13:   flow: e = *{temp}:
./type_switch.go:98:13:     from for loop (range-deref) at ./type_switch.go:99:14
./type_switch.go:98:13:   flow: v = e:
./type_switch.go:98:13:     from case *int: gp = v (switch case) at ./type_switch.go:101:3
./type_switch.go:98:13:   flow: {heap} = v:
./type_switch.go:98:13:     from gp = v (assign) at ./type_switch.go:102:7
./type_switch.go:98:13: leaking param content: es
