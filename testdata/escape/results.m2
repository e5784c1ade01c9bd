./results.go:5:17: parameter p leaks to ~r0 with derefs=0:
./results.go:5:17:   flow: ~r0 = p:
./results.go:5:17:     from return p (return) at ./results.go:6:2
./results.go:5:17: leaking param: p to result ~r0 level=0
./results.go:9:17: parameter p leaks to ~r1 with derefs=0:
./results.go:9:17:   flow: ~r1 = p:
./results.go:9:17:     from return q, p (return) at ./results.go:10:2
./results.go:9:20: parameter q leaks to ~r0 with derefs=0:
./results.go:9:20:   flow: ~r0 = q:
./results.go:9:20:     from return q, p (return) at ./results.go:10:2
./results.go:9:17: leaking param: p to result ~r1 level=0
./results.go:9:20: leaking param: q to result ~r0 level=0
./results.go:13:20: parameter p leaks to ~r1 with derefs=0:
./results.go:13:20:   flow: ~r1 = p:
./results.go:13:20:     from return 0, p (return) at ./results.go:14:2
./results.go:13:20: leaking param: p to result ~r1 level=0
./results.go:17:15: parameter p leaks to r with derefs=0:
./results.go:17:15:   flow: r = p:
./results.go:17:15:     from r = p (assign) at ./results.go:18:4
./results.go:17:15: leaking param: p to result r level=0
./results.go:22:18: parameter q leaks to b with derefs=0:
./results.go:22:18:   flow: b = q:
./results.go:22:18:     from b = q (assign) at ./results.go:24:4
./results.go:22:15: p does not escape
./results.go:22:18: leaking param: q to result b level=0
./results.go:29:2: x escapes to heap:
./results.go:29:2:   flow: r = &x:
./results.go:29:2:     from &x (address-of) at ./results.go:30:6
./results.go:29:2:     from r = &x (assign) at ./results.go:30:4
./results.go:29:2: moved to heap: x
./results.go:34:18: parameter s leaks to ~r0 with derefs=0:
./results.go:34:18:   flow: ~r0 = s:
./results.go:34:18:     from s[:1] (slice) at ./results.go:35:10
./results.go:34:18:     from return s[:1], len(s) (return) at ./results.go:35:2
./results.go:34:18: leaking param: s to result ~r0 level=0
./results.go:43:27: []int{...} does not escape
