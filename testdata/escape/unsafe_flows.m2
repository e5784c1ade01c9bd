./unsafe_flows.go:10:10: parameter p leaks to ~r0 with derefs=0:
./unsafe_flows.go:10:10:   flow: ~r0 = p:
./unsafe_flows.go:10:10:     from unsafe.Add(unsafe.Pointer(p), 8) (call parameter) at ./unsafe_flows.go:11:19
./unsafe_flows.go:10:10:     from return unsafe.Add(unsafe.Pointer(p), 8) (return) at ./unsafe_flows.go:11:2
./unsafe_flows.go:10:10: leaking param: p to result ~r0 level=0
./unsafe_flows.go:14:12: parameter p leaks to ~r0 with derefs=0:
./unsafe_flows.go:14:12:   flow: ~r0 = p:
./unsafe_flows.go:14:12:     from unsafe.Slice(p, 4) (call parameter) at ./unsafe_flows.go:15:21
./unsafe_flows.go:14:12:     from return unsafe.Slice(p, 4) (return) at ./unsafe_flows.go:15:2
./unsafe_flows.go:14:12: leaking param: p to result ~r0 level=0
./unsafe_flows.go:18:16: p does not escape
./unsafe_flows.go:22:17: parameter p leaks to {heap} with derefs=0:
./unsafe_flows.go:22:17:   flow: {heap} = p:
./unsafe_flows.go:22:17:     from sink = unsafe.Pointer(uintptr(unsafe.Pointer(p)) + 8) (assign) at ./unsafe_flows.go:23:7
./unsafe_flows.go:22:17: leaking param: p
./unsafe_flows.go:32:13: p does not escape
./unsafe_flows.go:37:2: a escapes to heap:
./unsafe_flows.go:37:2:   flow: {heap} = &a:
./unsafe_flows.go:37:2:     from &a (address-of) at ./unsafe_flows.go:39:13
./unsafe_flows.go:37:2:     from viaUintptr(&a) (call parameter) at ./unsafe_flows.go:39:12
./unsafe_flows.go:37:2: moved to heap: a
