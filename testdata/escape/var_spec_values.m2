./var_spec_values.go:18:22: v escapes to heap:
./var_spec_values.go:18:22:   flow: l = &{storage for v}:
./var_spec_values.go:18:22:     from v (spill) at ./var_spec_values.go:18:22
./var_spec_values.go:18:22:     from l = v (assign) at ./var_spec_values.go:18:6
./var_spec_values.go:18:22:   flow: {heap} = l:
./var_spec_values.go:18:22:     from sink = l (assign) at ./var_spec_values.go:20:7
./var_spec_values.go:16:30: &Big{} escapes to heap:
./var_spec_values.go:16:30:   flow: k = &{storage for &Big{}}:
./var_spec_values.go:16:30:     from &Big{} (spill) at ./var_spec_values.go:16:30
./var_spec_values.go:16:30:     from &Big{} (interface-converted) at ./var_spec_values.go:16:34
./var_spec_values.go:16:30:     from k = &Big{} (assign) at ./var_spec_values.go:16:6
./var_spec_values.go:16:30:   flow: {heap} = k:
./var_spec_values.go:16:30:     from sink, sink, sink, sink, sink, sink, sink, sink = a, b, c, d, e, g, h, k (assign-pair) at ./var_spec_values.go:17:49
./var_spec_values.go:16:34: n + 1 escapes to heap:
./var_spec_values.go:16:34:   flow: h = &{storage for n + 1}:
./var_spec_values.go:16:34:     from n + 1 (spill) at ./var_spec_values.go:16:34
./var_spec_values.go:16:34:     from h = n + 1 (assign) at ./var_spec_values.go:16:6
./var_spec_values.go:16:34:   flow: {heap} = h:
./var_spec_values.go:16:34:     from sink, sink, sink, sink, sink, sink, sink, sink = a, b, c, d, e, g, h, k (assign-pair) at ./var_spec_values.go:17:49
./var_spec_values.go:15:32: n escapes to heap:
./var_spec_values.go:15:32:   flow: g = &{storage for n}:
./var_spec_values.go:15:32:     from n (spill) at ./var_spec_values.go:15:32
./var_spec_values.go:15:32:     from g = n (assign) at ./var_spec_values.go:15:6
./var_spec_values.go:15:32:   flow: {heap} = g:
./var_spec_values.go:15:32:     from sink, sink, sink, sink, sink, sink, sink, sink = a, b, c, d, e, g, h, k (assign-pair) at ./var_spec_values.go:17:49
./var_spec_values.go:15:32: Big{} escapes to heap:
./var_spec_values.go:15:32:   flow: e = &{storage for Big{}}:
./var_spec_values.go:15:32:     from Big{} (spill) at ./var_spec_values.go:15:32
./var_spec_values.go:15:32:     from e = Big{} (assign) at ./var_spec_values.go:15:6
./var_spec_values.go:15:32:   flow: {heap} = e:
./var_spec_values.go:15:32:     from sink, sink, sink, sink, sink, sink, sink, sink = a, b, c, d, e, g, h, k (assign-pair) at ./var_spec_values.go:17:49
./var_spec_values.go:14:25: 1 escapes to heap:
./var_spec_values.go:14:25:   flow: d = &{storage for 1}:
./var_spec_values.go:14:25:     from 1 (spill) at ./var_spec_values.go:14:25
./var_spec_values.go:14:25:     from d = 1 (assign) at ./var_spec_values.go:14:6
./var_spec_values.go:14:25:   flow: {heap} = d:
./var_spec_values.go:14:25:     from sink, sink, sink, sink, sink, sink, sink, sink = a, b, c, d, e, g, h, k (assign-pair) at ./var_spec_values.go:17:49
./var_spec_values.go:14:25: v escapes to heap:
./var_spec_values.go:14:25:   flow: c = &{storage for v}:
./var_spec_values.go:14:25:     from v (spill) at ./var_spec_values.go:14:25
./var_spec_values.go:14:25:     from c = v (assign) at ./var_spec_values.go:14:6
./var_spec_values.go:14:25:   flow: {heap} = c:
./var_spec_values.go:14:25:     from sink, sink, sink, sink, sink, sink, sink, sink = a, b, c, d, e, g, h, k (assign-pair) at ./var_spec_values.go:17:49
./var_spec_values.go:13:28: v escapes to heap:
./var_spec_values.go:13:28:   flow: b = &{storage for v}:
./var_spec_values.go:13:28:     from v (spill) at ./var_spec_values.go:13:28
./var_spec_values.go:13:28:     from b = v (assign) at ./var_spec_values.go:13:6
./var_spec_values.go:13:28:   flow: {heap} = b:
./var_spec_values.go:13:28:     from sink, sink, sink, sink, sink, sink, sink, sink = a, b, c, d, e, g, h, k (assign-pair) at ./var_spec_values.go:17:49
./var_spec_values.go:13:28: 1 escapes to heap:
./var_spec_values.go:13:28:   flow: a = &{storage for 1}:
./var_spec_values.go:13:28:     from 1 (spill) at ./var_spec_values.go:13:28
./var_spec_values.go:13:28:     from a = 1 (assign) at ./var_spec_values.go:13:6
./var_spec_values.go:13:28:   flow: {heap} = a:
./var_spec_values.go:13:28:     from sink, sink, sink, sink, sink, sink, sink, sink = a, b, c, d, e, g, h, k (assign-pair) at ./var_spec_values.go:17:49
./var_spec_values.go:12:8: parameter v leaks to {storage for v} with derefs=0:
./var_spec_values.go:12:8:   flow: {storage for v} = v:
./var_spec_values.go:12:8:     from v (interface-converted) at ./var_spec_values.go:18:22
./var_spec_values.go:12:8: parameter v leaks to {storage for v} with derefs=0:
./var_spec_values.go:12:8:   flow: {storage for v} = v:
./var_spec_values.go:12:8:     from v (interface-converted) at ./var_spec_values.go:14:25
./var_spec_values.go:12:8: parameter v leaks to {storage for v} with derefs=0:
./var_spec_values.go:12:8:   flow: {storage for v} = v:
./var_spec_values.go:12:8:     from v (interface-converted) at ./var_spec_values.go:13:28
./var_spec_values.go:12:8: leaking param: v
./var_spec_values.go:13:28: 1 escapes to heap
./var_spec_values.go:13:28: v escapes to heap
./var_spec_values.go:14:25: v escapes to heap
./var_spec_values.go:14:25: 1 escapes to heap
./var_spec_values.go:15:32: Big{} escapes to heap
./var_spec_values.go:15:32: n escapes to heap
./var_spec_values.go:16:34: n + 1 escapes to heap
./var_spec_values.go:16:30: &Big{} escapes to heap
./var_spec_values.go:18:22: v escapes to heap
