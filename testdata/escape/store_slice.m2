./store_slice.go:7:2: a escapes to heap:
./store_slice.go:7:2:   flow: {heap} = &a:
./store_slice.go:7:2:     from &a (address-of) at ./store_slice.go:8:9
./store_slice.go:7:2:     from s[0] = &a (assign) at ./store_slice.go:8:7
./store_slice.go:7:2: moved to heap: a
./store_slice.go:6:11: make([]*int, 1) does not escape
./store_slice.go:13:2: b escapes to heap:
./store_slice.go:13:2:   flow: {heap} = &b:
./store_slice.go:13:2:     from &b (address-of) at ./store_slice.go:14:9
./store_slice.go:13:2:     from s[0] = &b (assign) at ./store_slice.go:14:7
./store_slice.go:12:24: s does not escape
./store_slice.go:13:2: moved to heap: b
./store_slice.go:19:2: c escapes to heap:
./store_slice.go:19:2:   flow: {heap} = &c:
./store_slice.go:19:2:     from &c (address-of) at ./store_slice.go:20:16
./store_slice.go:19:2:     from append(s, &c) (call parameter) at ./store_slice.go:20:12
./store_slice.go:19:2: moved to heap: c
./store_slice.go:26:13: []*int{...} does not escape
./store_slice.go:30:27: parameter p leaks to {heap} with derefs=0:
./store_slice.go:30:27:   flow: {heap} = p:
./store_slice.go:30:27:     from s[0] = p (assign) at ./store_slice.go:31:7
./store_slice.go:30:17: s does not escape
./store_slice.go:30:27: leaking param: p
./store_slice.go:37:2: x escapes to heap:
./store_slice.go:37:2:   flow: {heap} = &x:
./store_slice.go:37:2:     from &x (address-of) at ./store_slice.go:38:16
./store_slice.go:37:2:     from storeParam(s, &x) (call parameter) at ./store_slice.go:38:12
./store_slice.go:37:2: moved to heap: x
./store_slice.go:35:11: make([]*int, 2) does not escape
