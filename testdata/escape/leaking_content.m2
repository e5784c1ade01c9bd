./leaking_content.go:8:22: parameter pp leaks to {heap} with derefs=1:
./leaking_content.go:8:22:   flow: {heap} = *pp:
./leaking_content.go:8:22:     from *pp (indirection) at ./leaking_content.go:9:9
./leaking_content.go:8:22:     from sink = *pp (assign) at ./leaking_content.go:9:7
./leaking_content.go:8:22: leaking param content: pp
./leaking_content.go:12:22: parameter pp leaks to ~r0 with derefs=1:
./leaking_content.go:12:22:   flow: ~r0 = *pp:
./leaking_content.go:12:22:     from *pp (indirection) at ./leaking_content.go:13:9
./leaking_content.go:12:22:     from return *pp (return) at ./leaking_content.go:13:2
./leaking_content.go:12:22: leaking param: pp to result ~r0 level=1
./leaking_content.go:16:19: parameter s leaks to {heap} with derefs=1:
./leaking_content.go:16:19:   flow: {heap} = *s:
./leaking_content.go:16:19:     from s[0] (dot of pointer) at ./leaking_content.go:17:10
./leaking_content.go:16:19:     from sink = s[0] (assign) at ./leaking_content.go:17:7
./leaking_content.go:16:19: leaking param content: s
./leaking_content.go:20:25: parameter s leaks to ~r0 with derefs=1:
./leaking_content.go:20:25:   flow: ~r0 = *s:
./leaking_content.go:20:25:     from s[0] (dot of pointer) at ./leaking_content.go:21:10
./leaking_content.go:20:25:     from return s[0] (return) at ./leaking_content.go:21:2
./leaking_content.go:20:25: leaking param: s to result ~r0 level=1
./leaking_content.go:24:16: parameter s leaks to {heap} with derefs=0:
./leaking_content.go:24:16:   flow: {heap} = s:
./leaking_content.go:24:16:     from sinkSlice = s (assign) at ./leaking_content.go:25:12
./leaking_content.go:24:16: leaking param: s
./leaking_content.go:33:20: parameter h leaks to ~r0 with derefs=1:
./leaking_content.go:33:20:   flow: ~r0 = *h:
./leaking_content.go:33:20:     from h.P (dot of pointer) at ./leaking_content.go:34:10
./leaking_content.go:33:20:     from return h.P (return) at ./leaking_content.go:34:2
./leaking_content.go:33:20: leaking param: h to result ~r0 level=1
./leaking_content.go:37:18: parameter h leaks to ~r0 with derefs=0:
./leaking_content.go:37:18:   flow: ~r0 = h:
./leaking_content.go:37:18:     from h.P (dot) at ./leaking_content.go:38:10
./leaking_content.go:37:18:     from return h.P (return) at ./leaking_content.go:38:2
./leaking_content.go:37:18: leaking param: h to result ~r0 level=0
./leaking_content.go:41:19: h does not escape
./leaking_content.go:49:13: []*int{...} escapes to heap:
./leaking_content.go:49:13:   flow: s = &{storage for []*int{...}}:
./leaking_content.go:49:13:     from []*int{...} (spill) at ./leaking_content.go:49:13
./leaking_content.go:49:13:     from s := []*int{...} (assign) at ./leaking_content.go:49:4
./leaking_content.go:49:13:   flow: {heap} = s:
./leaking_content.go:49:13:     from sliceLeak(s) (call parameter) at ./leaking_content.go:51:11
./leaking_content.go:46:2: a escapes to heap:
./leaking_content.go:46:2:   flow: pa = &a:
./leaking_content.go:46:2:     from &a (address-of) at ./leaking_content.go:47:8
./leaking_content.go:46:2:     from pa := &a (assign) at ./leaking_content.go:47:5
./leaking_content.go:46:2:   flow: {heap} = pa:
./leaking_content.go:46:2:     from &pa (address-of) at ./leaking_content.go:48:18
./leaking_content.go:46:2:     from contentToGlobal(&pa) (call parameter) at ./leaking_content.go:48:17
./leaking_content.go:46:5: b escapes to heap:
./leaking_content.go:46:5:   flow: {storage for []*int{...}} = &b:
./leaking_content.go:46:5:     from &b (address-of) at ./leaking_content.go:49:14
./leaking_content.go:46:5:     from []*int{...} (slice-literal-element) at ./leaking_content.go:49:13
./leaking_content.go:46:2: moved to heap: a
./leaking_content.go:46:5: moved to heap: b
./leaking_content.go:49:13: []*int{...} escapes to heap
./leaking_content.go:52:7: &Holder{...} does not escape
