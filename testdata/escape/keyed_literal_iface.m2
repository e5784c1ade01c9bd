./keyed_literal_iface.go:14:18: x escapes to heap:
./keyed_literal_iface.go:14:18:   flow: ~r0 = &{storage for x}:
./keyed_literal_iface.go:14:18:     from x (spill) at ./keyed_literal_iface.go:14:18
./keyed_literal_iface.go:14:18:     from S{...} (struct literal element) at ./keyed_literal_iface.go:14:10
./keyed_literal_iface.go:14:18:     from return S{...} (return) at ./keyed_literal_iface.go:14:2
./keyed_literal_iface.go:14:18: x escapes to heap
./keyed_literal_iface.go:18:12: x escapes to heap:
./keyed_literal_iface.go:18:12:   flow: s = &{storage for x}:
./keyed_literal_iface.go:18:12:     from x (spill) at ./keyed_literal_iface.go:18:12
./keyed_literal_iface.go:18:12:     from S{...} (struct literal element) at ./keyed_literal_iface.go:18:8
./keyed_literal_iface.go:18:12:     from s := S{...} (assign) at ./keyed_literal_iface.go:18:4
./keyed_literal_iface.go:18:12:   flow: {heap} = s:
./keyed_literal_iface.go:18:12:     from s.I (dot) at ./keyed_literal_iface.go:19:10
./keyed_literal_iface.go:18:12:     from sink = s.I (assign) at ./keyed_literal_iface.go:19:7
./keyed_literal_iface.go:18:12: x escapes to heap
./keyed_literal_iface.go:23:16: 8 does not escape
./keyed_literal_iface.go:28:29: b escapes to heap:
./keyed_literal_iface.go:28:29:   flow: {storage for []interface {}{...}} = &{storage for b}:
./keyed_literal_iface.go:28:29:     from b (spill) at ./keyed_literal_iface.go:28:29
./keyed_literal_iface.go:28:29:     from []interface {}{...} (slice-literal-element) at ./keyed_literal_iface.go:28:21
./keyed_literal_iface.go:28:29:   flow: xs = &{storage for []interface {}{...}}:
./keyed_literal_iface.go:28:29:     from []interface {}{...} (spill) at ./keyed_literal_iface.go:28:21
./keyed_literal_iface.go:28:29:     from xs := []interface {}{...} (assign) at ./keyed_literal_iface.go:28:5
./keyed_literal_iface.go:28:29:   flow: {heap} = *xs:
./keyed_literal_iface.go:28:29:     from xs[0] (dot of pointer) at ./keyed_literal_iface.go:29:11
./keyed_literal_iface.go:28:29:     from sink = xs[0] (assign) at ./keyed_literal_iface.go:29:7
./keyed_literal_iface.go:28:23: a escapes to heap:
./keyed_literal_iface.go:28:23:   flow: {storage for []interface {}{...}} = &{storage for a}:
./keyed_literal_iface.go:28:23:     from a (spill) at ./keyed_literal_iface.go:28:23
./keyed_literal_iface.go:28:23:     from []interface {}{...} (slice-literal-element) at ./keyed_literal_iface.go:28:21
./keyed_literal_iface.go:28:23:   flow: xs = &{storage for []interface {}{...}}:
./keyed_literal_iface.go:28:23:     from []interface {}{...} (spill) at ./keyed_literal_iface.go:28:21
./keyed_literal_iface.go:28:23:     from xs := []interface {}{...} (assign) at ./keyed_literal_iface.go:28:5
./keyed_literal_iface.go:28:23:   flow: {heap} = *xs:
./keyed_literal_iface.go:28:23:     from xs[0] (dot of pointer) at ./keyed_literal_iface.go:29:11
./keyed_literal_iface.go:28:23:     from sink = xs[0] (assign) at ./keyed_literal_iface.go:29:7
./keyed_literal_iface.go:28:21: []interface {}{...} does not escape
./keyed_literal_iface.go:28:23: a escapes to heap
./keyed_literal_iface.go:28:29: b escapes to heap
./keyed_literal_iface.go:32:17: a does not escape
./keyed_literal_iface.go:33:24: a does not escape
./keyed_literal_iface.go:33:30: 5 does not escape
./keyed_literal_iface.go:38:12: []S{...} escapes to heap:
./keyed_literal_iface.go:38:12:   flow: ~r0 = &{storage for []S{...}}:
./keyed_literal_iface.go:38:12:     from []S{...} (spill) at ./keyed_literal_iface.go:38:12
./keyed_literal_iface.go:38:12:     from return []S{...} (return) at ./keyed_literal_iface.go:38:2
./keyed_literal_iface.go:38:35: S{} escapes to heap:
./keyed_literal_iface.go:38:35:   flow: {storage for []S{...}} = &{storage for S{}}:
./keyed_literal_iface.go:38:35:     from S{} (spill) at ./keyed_literal_iface.go:38:35
./keyed_literal_iface.go:38:35:     from S{...} (struct literal element) at ./keyed_literal_iface.go:38:27
./keyed_literal_iface.go:38:35:     from []S{...} (slice-literal-element) at ./keyed_literal_iface.go:38:12
./keyed_literal_iface.go:37:13: parameter p leaks to {storage for []S{...}} with derefs=0:
./keyed_literal_iface.go:37:13:   flow: {storage for []S{...}} = p:
./keyed_literal_iface.go:37:13:     from S{...} (struct literal element) at ./keyed_literal_iface.go:38:13
./keyed_literal_iface.go:37:13:     from []S{...} (slice-literal-element) at ./keyed_literal_iface.go:38:12
./keyed_literal_iface.go:38:15: 3 escapes to heap:
./keyed_literal_iface.go:38:15:   flow: {storage for []S{...}} = &{storage for 3}:
./keyed_literal_iface.go:38:15:     from 3 (spill) at ./keyed_literal_iface.go:38:15
./keyed_literal_iface.go:38:15:     from S{...} (struct literal element) at ./keyed_literal_iface.go:38:13
./keyed_literal_iface.go:38:15:     from []S{...} (slice-literal-element) at ./keyed_literal_iface.go:38:12
./keyed_literal_iface.go:37:13: leaking param: p
./keyed_literal_iface.go:38:12: []S{...} escapes to heap
./keyed_literal_iface.go:38:15: 3 escapes to heap
./keyed_literal_iface.go:38:35: S{} escapes to heap
./keyed_literal_iface.go:53:31: 4 escapes to heap:
./keyed_literal_iface.go:53:31:   flow: {storage for []interface {}{...}} = &{storage for 4}:
./keyed_literal_iface.go:53:31:     from 4 (spill) at ./keyed_literal_iface.go:53:31
./keyed_literal_iface.go:53:31:     from []interface {}{...} (slice-literal-element) at ./keyed_literal_iface.go:53:21
./keyed_literal_iface.go:53:31:   flow: xs = &{storage for []interface {}{...}}:
./keyed_literal_iface.go:53:31:     from []interface {}{...} (spill) at ./keyed_literal_iface.go:53:21
./keyed_literal_iface.go:53:31:     from xs := []interface {}{...} (assign) at ./keyed_literal_iface.go:53:5
./keyed_literal_iface.go:53:31:   flow: {heap} = *xs:
./keyed_literal_iface.go:53:31:     from xs[1] (dot of pointer) at ./keyed_literal_iface.go:54:11
./keyed_literal_iface.go:53:31:     from sink = xs[1] (assign) at ./keyed_literal_iface.go:54:7
./keyed_literal_iface.go:53:28: s escapes to heap:
./keyed_literal_iface.go:53:28:   flow: {storage for []interface {}{...}} = &{storage for s}:
./keyed_literal_iface.go:53:28:     from s (spill) at ./keyed_literal_iface.go:53:28
./keyed_literal_iface.go:53:28:     from []interface {}{...} (slice-literal-element) at ./keyed_literal_iface.go:53:21
./keyed_literal_iface.go:53:28:   flow: xs = &{storage for []interface {}{...}}:
./keyed_literal_iface.go:53:28:     from []interface {}{...} (spill) at ./keyed_literal_iface.go:53:21
./keyed_literal_iface.go:53:28:     from xs := []interface {}{...} (assign) at ./keyed_literal_iface.go:53:5
./keyed_literal_iface.go:53:28:   flow: {heap} = *xs:
./keyed_literal_iface.go:53:28:     from xs[1] (dot of pointer) at ./keyed_literal_iface.go:54:11
./keyed_literal_iface.go:53:28:     from sink = xs[1] (assign) at ./keyed_literal_iface.go:54:7
./keyed_literal_iface.go:53:25: b escapes to heap:
./keyed_literal_iface.go:53:25:   flow: {storage for []interface {}{...}} = &{storage for b}:
./keyed_literal_iface.go:53:25:     from b (spill) at ./keyed_literal_iface.go:53:25
./keyed_literal_iface.go:53:25:     from []interface {}{...} (slice-literal-element) at ./keyed_literal_iface.go:53:21
./keyed_literal_iface.go:53:25:   flow: xs = &{storage for []interface {}{...}}:
./keyed_literal_iface.go:53:25:     from []interface {}{...} (spill) at ./keyed_literal_iface.go:53:21
./keyed_literal_iface.go:53:25:     from xs := []interface {}{...} (assign) at ./keyed_literal_iface.go:53:5
./keyed_literal_iface.go:53:25:   flow: {heap} = *xs:
./keyed_literal_iface.go:53:25:     from xs[1] (dot of pointer) at ./keyed_literal_iface.go:54:11
./keyed_literal_iface.go:53:25:     from sink = xs[1] (assign) at ./keyed_literal_iface.go:54:7
./keyed_literal_iface.go:53:22: a escapes to heap:
./keyed_literal_iface.go:53:22:   flow: {storage for []interface {}{...}} = &{storage for a}:
./keyed_literal_iface.go:53:22:     from a (spill) at ./keyed_literal_iface.go:53:22
./keyed_literal_iface.go:53:22:     from []interface {}{...} (slice-literal-element) at ./keyed_literal_iface.go:53:21
./keyed_literal_iface.go:53:22:   flow: xs = &{storage for []interface {}{...}}:
./keyed_literal_iface.go:53:22:     from []interface {}{...} (spill) at ./keyed_literal_iface.go:53:21
./keyed_literal_iface.go:53:22:     from xs := []interface {}{...} (assign) at ./keyed_literal_iface.go:53:5
./keyed_literal_iface.go:53:22:   flow: {heap} = *xs:
./keyed_literal_iface.go:53:22:     from xs[1] (dot of pointer) at ./keyed_literal_iface.go:54:11
./keyed_literal_iface.go:53:22:     from sink = xs[1] (assign) at ./keyed_literal_iface.go:54:7
./keyed_literal_iface.go:52:32: parameter s leaks to {storage for s} with derefs=0:
./keyed_literal_iface.go:52:32:   flow: {storage for s} = s:
./keyed_literal_iface.go:52:32:     from s (interface-converted) at ./keyed_literal_iface.go:53:28
./keyed_literal_iface.go:52:32: leaking param: s
./keyed_literal_iface.go:53:21: []interface {}{...} does not escape
./keyed_literal_iface.go:53:22: a escapes to heap
./keyed_literal_iface.go:53:25: b escapes to heap
./keyed_literal_iface.go:53:28: s escapes to heap
./keyed_literal_iface.go:53:31: 4 escapes to heap
./keyed_literal_iface.go:58:23: a does not escape
./keyed_literal_iface.go:58:26: a does not escape
