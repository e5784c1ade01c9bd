./methods.go:14:7: n does not escape
./methods.go:16:7: parameter n leaks to {heap} with derefs=0:
./methods.go:16:7:   flow: {heap} = n:
./methods.go:16:7:     from sink = n (assign) at ./methods.go:16:30
./methods.go:16:7: leaking param: n
./methods.go:18:7: parameter n leaks to {heap} with derefs=1:
./methods.go:18:7:   flow: {heap} = *n:
./methods.go:18:7:     from n.data (dot of pointer) at ./methods.go:18:40
./methods.go:18:7:     from sinkInt = n.data (assign) at ./methods.go:18:37
./methods.go:18:7: leaking param content: n
./methods.go:20:7: parameter n leaks to ~r0 with derefs=0:
./methods.go:20:7:   flow: ~r0 = n:
./methods.go:20:7:     from return n (return) at ./methods.go:20:31
./methods.go:20:7: leaking param: n to result ~r0 level=0
./methods.go:22:7: parameter n leaks to ~r0 with derefs=1:
./methods.go:22:7:   flow: ~r0 = *n:
./methods.go:22:7:     from n.next (dot of pointer) at ./methods.go:22:39
./methods.go:22:7:     from return n.next (return) at ./methods.go:22:31
./methods.go:22:7: leaking param: n to result ~r0 level=1
./methods.go:24:24: parameter m leaks to {heap} with derefs=0:
./methods.go:24:24:   flow: {heap} = m:
./methods.go:24:24:     from n.next = m (assign) at ./methods.go:24:42
./methods.go:24:7: n does not escape
./methods.go:24:24: leaking param: m
./methods.go:30:7: x does not escape
./methods.go:38:6: n escapes to heap:
./methods.go:38:6:   flow: {heap} = &n:
./methods.go:38:6:     from n (address-of) at ./methods.go:39:3
./methods.go:38:6:     from (*Node).Leak(n) (call parameter) at ./methods.go:39:8
./methods.go:38:6: moved to heap: n
./methods.go:43:7: &Node{} escapes to heap:
./methods.go:43:7:   flow: p = &{storage for &Node{}}:
./methods.go:43:7:     from &Node{} (spill) at ./methods.go:43:7
./methods.go:43:7:     from p := &Node{} (assign) at ./methods.go:43:4
./methods.go:43:7:   flow: {heap} = p:
./methods.go:43:7:     from (*Node).Leak(p) (call parameter) at ./methods.go:44:8
./methods.go:43:7: &Node{} escapes to heap
./methods.go:54:7: &Node{} escapes to heap:
./methods.go:54:7:   flow: b = &{storage for &Node{}}:
./methods.go:54:7:     from &Node{} (spill) at ./methods.go:54:7
./methods.go:54:7:     from b := &Node{} (assign) at ./methods.go:54:4
./methods.go:54:7:   flow: {heap} = b:
./methods.go:54:7:     from (*Node).SetNext(a, b) (call parameter) at ./methods.go:55:11
./methods.go:53:7: &Node{} does not escape
./methods.go:54:7: &Node{} escapes to heap
./methods.go:65:6: n escapes to heap:
./methods.go:65:6:   flow: {heap} = &n:
./methods.go:65:6:     from &n (address-of) at ./methods.go:66:15
./methods.go:65:6:     from (*Node).Leak(&n) (call parameter) at ./methods.go:66:14
./methods.go:65:6: moved to heap: n
