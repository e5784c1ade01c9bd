./closure_escape.go:15:2: local capturing by value: x (addr=false assign=false width=8)
./closure_escape.go:16:7: func literal does not escape
./closure_escape.go:22:2: counter capturing by ref: n (addr=false assign=true width=8)
./closure_escape.go:23:9: func literal escapes to heap:
./closure_escape.go:23:9:   flow: ~r0 = &{storage for func literal}:
./closure_escape.go:23:9:     from func literal (spill) at ./closure_escape.go:23:9
./closure_escape.go:23:9:     from return func literal (return) at ./closure_escape.go:23:2
./closure_escape.go:22:2: n escapes to heap:
./closure_escape.go:22:2:   flow: {storage for func literal} = &n:
./closure_escape.go:22:2:     from n (captured by a closure) at ./closure_escape.go:24:3
./closure_escape.go:22:2:     from n (reference) at ./closure_escape.go:24:3
./closure_escape.go:22:2: moved to heap: n
./closure_escape.go:23:9: func literal escapes to heap
./closure_escape.go:31:10: func literal escapes to heap:
./closure_escape.go:31:10:   flow: {heap} = &{storage for func literal}:
./closure_escape.go:31:10:     from func literal (spill) at ./closure_escape.go:31:10
./closure_escape.go:31:10:     from fsink = func literal (assign) at ./closure_escape.go:31:8
./closure_escape.go:30:13: stored capturing by value: p (addr=false assign=false width=8)
./closure_escape.go:30:13: parameter p leaks to {storage for func literal} with derefs=0:
./closure_escape.go:30:13:   flow: {storage for func literal} = p:
./closure_escape.go:30:13:     from p (captured by a closure) at ./closure_escape.go:31:31
./closure_escape.go:30:13: leaking param: p
./closure_escape.go:31:10: func literal escapes to heap
./closure_escape.go:36:6: calledDirectly capturing by ref: u (addr=true assign=false width=8)
./closure_escape.go:37:4: func literal does not escape
./closure_escape.go:44:14: parameter p leaks to ~r0 with derefs=0:
./closure_escape.go:44:14:   flow: ~r0 = p:
./closure_escape.go:44:14:     from return p (return) at ./closure_escape.go:44:29
./closure_escape.go:43:2: v escapes to heap:
./closure_escape.go:43:2:   flow: p = &v:
./closure_escape.go:43:2:     from &v (address-of) at ./closure_escape.go:45:14
./closure_escape.go:43:2:     from get(&v) (call parameter) at ./closure_escape.go:45:13
./closure_escape.go:43:2:   flow: ~r0 = p:
./closure_escape.go:43:2:     from return p (return) at ./closure_escape.go:44:29
./closure_escape.go:44:14: leaking param: p to result ~r0 level=0
./closure_escape.go:43:2: moved to heap: v
./closure_escape.go:44:9: func literal does not escape
./closure_escape.go:51:6: func literal escapes to heap:
./closure_escape.go:51:6:   flow: {heap} = &{storage for func literal}:
./closure_escape.go:51:6:     from func literal (spill) at ./closure_escape.go:51:6
./closure_escape.go:51:6:     from run(func literal) (call parameter) at ./closure_escape.go:51:5
./closure_escape.go:50:2: passed capturing by ref: x (addr=false assign=true width=8)
./closure_escape.go:50:2: x escapes to heap:
./closure_escape.go:50:2:   flow: {storage for func literal} = &x:
./closure_escape.go:50:2:     from x (captured by a closure) at ./closure_escape.go:51:15
./closure_escape.go:50:2:     from x (reference) at ./closure_escape.go:51:15
./closure_escape.go:49:13: run does not escape
./closure_escape.go:50:2: moved to heap: x
./closure_escape.go:51:6: func literal escapes to heap
./closure_escape.go:56:6: byRef capturing by ref: b (addr=false assign=false width=320)
./closure_escape.go:57:2: byRef capturing by ref: y (addr=false assign=true width=8)
./closure_escape.go:58:2: byRef capturing by ref: z (addr=true assign=false width=8)
./closure_escape.go:60:7: func literal does not escape
./closure_escape.go:67:2: nested capturing by value: a (addr=false assign=false width=8)
./closure_escape.go:67:2: nested capturing by value: a (addr=false assign=false width=8)
./closure_escape.go:69:3: nested.func1 capturing by value: b (addr=false assign=false width=8)
./closure_escape.go:68:9: func literal escapes to heap:
./closure_escape.go:68:9:   flow: ~r0 = &{storage for func literal}:
./closure_escape.go:68:9:     from func literal (spill) at ./closure_escape.go:68:9
./closure_escape.go:68:9:     from return func literal (return) at ./closure_escape.go:68:2
./closure_escape.go:68:9: func literal escapes to heap
./closure_escape.go:70:8: func literal does not escape
./closure_escape.go:78:6: loop capturing by ref: i (addr=false assign=true width=8)
./closure_escape.go:77:2: loop capturing by ref: s (addr=false assign=true width=8)
./closure_escape.go:79:8: func literal does not escape
./closure_escape.go:87:12: parameter p leaks to {heap} with derefs=0:
./closure_escape.go:87:12:   flow: {heap} = p:
./closure_escape.go:87:12:     from p (interface-converted) at ./closure_escape.go:88:3
./closure_escape.go:87:12:     from sink = p (assign) at ./closure_escape.go:88:8
./closure_escape.go:91:2: a escapes to heap:
./closure_escape.go:91:2:   flow: p = &a:
./closure_escape.go:91:2:     from &a (address-of) at ./closure_escape.go:92:8
./closure_escape.go:91:2:     from f(&a, &b) (call parameter) at ./closure_escape.go:92:7
./closure_escape.go:91:2:   flow: {heap} = p:
./closure_escape.go:91:2:     from p (interface-converted) at ./closure_escape.go:88:3
./closure_escape.go:91:2:     from sink = p (assign) at ./closure_escape.go:88:8
./closure_escape.go:87:20: parameter q leaks to ~r0 with derefs=0:
./closure_escape.go:87:20:   flow: ~r0 = q:
./closure_escape.go:87:20:     from return q (return) at ./closure_escape.go:89:3
./closure_escape.go:91:5: b escapes to heap:
./closure_escape.go:91:5:   flow: q = &b:
./closure_escape.go:91:5:     from &b (address-of) at ./closure_escape.go:92:12
./closure_escape.go:91:5:     from f(&a, &b) (call parameter) at ./closure_escape.go:92:7
./closure_escape.go:91:5:   flow: ~r0 = q:
./closure_escape.go:91:5:     from return q (return) at ./closure_escape.go:89:3
./closure_escape.go:87:12: leaking param: p
./closure_escape.go:87:20: leaking param: q to result ~r0 level=0
./closure_escape.go:91:2: moved to heap: a
./closure_escape.go:91:5: moved to heap: b
./closure_escape.go:87:7: func literal does not escape
./closure_escape.go:100:12: h does not escape
./closure_escape.go:100:7: func literal does not escape
./closure_escape.go:107:12: new(int) escapes to heap:
./closure_escape.go:107:12:   flow: {heap} = &{storage for new(int)}:
./closure_escape.go:107:12:     from new(int) (spill) at ./closure_escape.go:107:12
./closure_escape.go:107:12:     from stored(new(int)) (call parameter) at ./closure_escape.go:107:8
./closure_escape.go:110:14: f does not escape
./closure_escape.go:107:12: new(int) escapes to heap
./closure_escape.go:110:9: func literal does not escape
