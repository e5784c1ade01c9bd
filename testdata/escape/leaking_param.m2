./leaking_param.go:7:19: parameter p leaks to {heap} with derefs=0:
./leaking_param.go:7:19:   flow: {heap} = p:
./leaking_param.go:7:19:     from sink = p (assign) at ./leaking_param.go:8:7
./leaking_param.go:7:19: leaking param: p
./leaking_param.go:11:19: parameter p leaks to ~r0 with derefs=0:
./leaking_param.go:11:19:   flow: ~r0 = p:
./leaking_param.go:11:19:     from return p (return) at ./leaking_param.go:12:2
./leaking_param.go:11:19: leaking param: p to result ~r0 level=0
./leaking_param.go:15:20: parameter q leaks to ~r0 with derefs=0:
./leaking_param.go:15:20:   flow: ~r0 = q:
./leaking_param.go:15:20:     from return q (return) at ./leaking_param.go:17:2
./leaking_param.go:15:17: p does not escape
./leaking_param.go:15:20: leaking param: q to result ~r0 level=0
./leaking_param.go:20:13: p does not escape
./leaking_param.go:24:23: parameter q leaks to ~r0 with derefs=0:
./leaking_param.go:24:23:   flow: ~r0 = q:
./leaking_param.go:24:23:     from return q (return) at ./leaking_param.go:28:2
./leaking_param.go:24:15: parameter p leaks to ~r0 with derefs=0:
./leaking_param.go:24:15:   flow: ~r0 = p:
./leaking_param.go:24:15:     from return p (return) at ./leaking_param.go:26:3
./leaking_param.go:24:15: leaking param: p to result ~r0 level=0
./leaking_param.go:24:23: leaking param: q to result ~r0 level=0
./leaking_param.go:31:16: parameter s leaks to ~r0 with derefs=0:
./leaking_param.go:31:16:   flow: ~r0 = s:
./leaking_param.go:31:16:     from s[1:] (slice) at ./leaking_param.go:32:10
./leaking_param.go:31:16:     from return s[1:] (return) at ./leaking_param.go:32:2
./leaking_param.go:31:16: leaking param: s to result ~r0 level=0
./leaking_param.go:35:18: s does not escape
./leaking_param.go:43:17: parameter s leaks to ~r0 with derefs=0:
./leaking_param.go:43:17:   flow: ~r0 = s:
./leaking_param.go:43:17:     from return s (return) at ./leaking_param.go:44:2
./leaking_param.go:43:17: leaking param: s to result ~r0 level=0
./leaking_param.go:48:2: x escapes to heap:
./leaking_param.go:48:2:   flow: {heap} = &x:
./leaking_param.go:48:2:     from &x (address-of) at ./leaking_param.go:49:15
./leaking_param.go:48:2:     from leakToGlobal(&x) (call parameter) at ./leaking_param.go:49:14
./leaking_param.go:48:2: moved to heap: x
./leaking_param.go:51:29: []int{...} does not escape
./leaking_param.go:51:56: []int{...} does not escape
