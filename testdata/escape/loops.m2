./loops.go:17:2: x escapes to heap:
./loops.go:17:2:   flow: {heap} = &x:
./loops.go:17:2:     from &x (address-of) at ./loops.go:20:11
./loops.go:17:2:     from sink = &x (assign) at ./loops.go:20:9
./loops.go:17:2: moved to heap: x
./loops.go:26:6: i escapes to heap:
./loops.go:26:6:   flow: {heap} = &i:
./loops.go:26:6:     from &i (address-of) at ./loops.go:28:11
./loops.go:26:6:     from sink = &i (assign) at ./loops.go:28:9
./loops.go:26:6: moved to heap: i
./loops.go:36:3: v escapes to heap:
./loops.go:36:3:   flow: last = &v:
./loops.go:36:3:     from &v (address-of) at ./loops.go:37:10
./loops.go:36:3:     from last = &v (assign) at ./loops.go:37:8
./loops.go:36:3: moved to heap: v
./loops.go:46:3: v escapes to heap:
./loops.go:46:3:   flow: last = &v:
./loops.go:46:3:     from &v (address-of) at ./loops.go:47:10
./loops.go:46:3:     from last = &v (assign) at ./loops.go:47:8
./loops.go:46:3: moved to heap: v
./loops.go:54:9: v escapes to heap:
./loops.go:54:9:   flow: ~r0 = &v:
./loops.go:54:9:     from &v (address-of) at ./loops.go:56:11
./loops.go:54:9:     from return &v (return) at ./loops.go:56:4
./loops.go:53:16: parameter s leaks to v with derefs=1:
./loops.go:53:16:   flow: {temp} = s:
./loops.go:53:16:   flow: v = *{temp}:
./loops.go:53:16:     from for loop (range-deref) at ./loops.go:54:14
./loops.go:53:16: leaking param content: s
./loops.go:54:9: moved to heap: v
./loops.go:65:11: new(int) does not escape
./loops.go:75:82: []int{...} does not escape
