./multi_level.go:8:16: parameter pp leaks to ~r0 with derefs=1:
./multi_level.go:8:16:   flow: ~r0 = *pp:
./multi_level.go:8:16:     from *pp (indirection) at ./multi_level.go:9:9
./multi_level.go:8:16:     from return *pp (return) at ./multi_level.go:9:2
./multi_level.go:8:16: leaking param: pp to result ~r0 level=1
./multi_level.go:12:17: parameter ppp leaks to ~r0 with derefs=2:
./multi_level.go:12:17:   flow: ~r0 = **ppp:
./multi_level.go:12:17:     from *ppp (indirection) at ./multi_level.go:13:10
./multi_level.go:12:17:     from *(*ppp) (indirection) at ./multi_level.go:13:9
./multi_level.go:12:17:     from return *(*ppp) (return) at ./multi_level.go:13:2
./multi_level.go:12:17: leaking param: ppp to result ~r0 level=2
./multi_level.go:16:17: parameter pp leaks to {heap} with derefs=1:
./multi_level.go:16:17:   flow: {heap} = *pp:
./multi_level.go:16:17:     from *pp (indirection) at ./multi_level.go:17:9
./multi_level.go:16:17:     from sink = *pp (assign) at ./multi_level.go:17:7
./multi_level.go:16:17: leaking param content: pp
./multi_level.go:20:14: parameter pp leaks to {heap} with derefs=0:
./multi_level.go:20:14:   flow: {heap} = pp:
./multi_level.go:20:14:     from sinkpp = pp (assign) at ./multi_level.go:21:9
./multi_level.go:20:14: leaking param: pp
./multi_level.go:24:18: parameter p leaks to ~r0 with derefs=0:
./multi_level.go:24:18:   flow: ~r0 = &p:
./multi_level.go:24:18:     from &p (address-of) at ./multi_level.go:25:9
./multi_level.go:24:18:     from return &p (return) at ./multi_level.go:25:2
./multi_level.go:24:18: p escapes to heap:
./multi_level.go:24:18:   flow: ~r0 = &p:
./multi_level.go:24:18:     from &p (address-of) at ./multi_level.go:25:9
./multi_level.go:24:18:     from return &p (return) at ./multi_level.go:25:2
./multi_level.go:24:18: moved to heap: p
./multi_level.go:34:2: pb escapes to heap:
./multi_level.go:34:2:   flow: {heap} = &pb:
./multi_level.go:34:2:     from &pb (address-of) at ./multi_level.go:35:10
./multi_level.go:34:2:     from storePP(&pb) (call parameter) at ./multi_level.go:35:9
./multi_level.go:29:2: a escapes to heap:
./multi_level.go:29:2:   flow: pa = &a:
./multi_level.go:29:2:     from &a (address-of) at ./multi_level.go:30:8
./multi_level.go:29:2:     from pa := &a (assign) at ./multi_level.go:30:5
./multi_level.go:29:2:   flow: {heap} = pa:
./multi_level.go:29:2:     from addrOfParam(pa) (call parameter) at ./multi_level.go:36:59
./multi_level.go:33:2: b escapes to heap:
./multi_level.go:33:2:   flow: pb = &b:
./multi_level.go:33:2:     from &b (address-of) at ./multi_level.go:34:8
./multi_level.go:33:2:     from pb := &b (assign) at ./multi_level.go:34:5
./multi_level.go:29:2: moved to heap: a
./multi_level.go:33:2: moved to heap: b
./multi_level.go:34:2: moved to heap: pb
