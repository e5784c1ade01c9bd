./map_flows.go:14:13: make(map[string]int, 4) escapes to heap:
./map_flows.go:14:13:   flow: ~r0 = &{storage for make(map[string]int, 4)}:
./map_flows.go:14:13:     from make(map[string]int, 4) (spill) at ./map_flows.go:14:13
./map_flows.go:14:13:     from return make(map[string]int, 4) (return) at ./map_flows.go:14:2
./map_flows.go:14:13: make(map[string]int, 4) escapes to heap
./map_flows.go:18:11: make(map[int]int, n) does not escape
./map_flows.go:25:28: &T{...} escapes to heap:
./map_flows.go:25:28:   flow: {heap} = &{storage for &T{...}}:
./map_flows.go:25:28:     from &T{...} (spill) at ./map_flows.go:25:28
./map_flows.go:25:28:     from map[string]*T{...} (map literal value) at ./map_flows.go:25:22
./map_flows.go:24:2: x escapes to heap:
./map_flows.go:24:2:   flow: {storage for &T{...}} = &x:
./map_flows.go:24:2:     from &x (address-of) at ./map_flows.go:25:32
./map_flows.go:24:2:     from T{...} (struct literal element) at ./map_flows.go:25:28
./map_flows.go:25:22: map[string]*T{...} escapes to heap:
./map_flows.go:25:22:   flow: ~r0 = &{storage for map[string]*T{...}}:
./map_flows.go:25:22:     from map[string]*T{...} (spill) at ./map_flows.go:25:22
./map_flows.go:25:22:     from return map[string]*T{...} (return) at ./map_flows.go:25:2
./map_flows.go:24:2: moved to heap: x
./map_flows.go:25:22: map[string]*T{...} escapes to heap
./map_flows.go:25:28: &T{...} escapes to heap
./map_flows.go:29:2: k escapes to heap:
./map_flows.go:29:2:   flow: {heap} = &k:
./map_flows.go:29:2:     from &k (address-of) at ./map_flows.go:30:4
./map_flows.go:29:2:     from m[&k] (key of map put) at ./map_flows.go:30:3
./map_flows.go:29:5: v escapes to heap:
./map_flows.go:29:5:   flow: {heap} = &v:
./map_flows.go:29:5:     from &v (address-of) at ./map_flows.go:30:10
./map_flows.go:29:5:     from m[&k] = &v (assign) at ./map_flows.go:30:8
./map_flows.go:28:17: m does not escape
./map_flows.go:29:2: moved to heap: k
./map_flows.go:29:5: moved to heap: v
./map_flows.go:33:15: m does not escape
./map_flows.go:33:34: k does not escape
./map_flows.go:41:18: m does not escape
./map_flows.go:51:4: s escapes to heap:
./map_flows.go:51:4:   flow: {heap} = &{storage for s}:
./map_flows.go:51:4:     from s (spill) at ./map_flows.go:51:4
./map_flows.go:51:4:     from m[s] (key of map put) at ./map_flows.go:51:3
./map_flows.go:52:4: t escapes to heap:
./map_flows.go:52:4:   flow: {heap} = &{storage for t}:
./map_flows.go:52:4:     from t (spill) at ./map_flows.go:52:4
./map_flows.go:52:4:     from m[t] (key of map put) at ./map_flows.go:52:3
./map_flows.go:50:50: parameter t leaks to {storage for t} with derefs=0:
./map_flows.go:50:50:   flow: {storage for t} = t:
./map_flows.go:50:50:     from t (interface-converted) at ./map_flows.go:52:4
./map_flows.go:50:40: parameter s leaks to {storage for s} with derefs=0:
./map_flows.go:50:40:   flow: {storage for s} = s:
./map_flows.go:50:40:     from s (interface-converted) at ./map_flows.go:51:4
./map_flows.go:50:17: m does not escape
./map_flows.go:50:40: leaking param: s
./map_flows.go:50:50: leaking param: t
./map_flows.go:51:4: s escapes to heap
./map_flows.go:52:4: t escapes to heap
./map_flows.go:55:19: parameter x leaks to {heap} with derefs=0:
./map_flows.go:55:19:   flow: {heap} = x:
./map_flows.go:55:19:     from global["x"] = x (assign) at ./map_flows.go:56:14
./map_flows.go:55:19: leaking param: x
./map_flows.go:60:2: y escapes to heap:
./map_flows.go:60:2:   flow: {heap} = &y:
./map_flows.go:60:2:     from &y (address-of) at ./map_flows.go:61:26
./map_flows.go:60:2:     from append(m["y"], &y) (call parameter) at ./map_flows.go:61:17
./map_flows.go:59:20: m does not escape
./map_flows.go:60:2: moved to heap: y
./map_flows.go:65:39: map[string]int{...} escapes to heap:
./map_flows.go:65:39:   flow: {heap} = &{storage for map[string]int{...}}:
./map_flows.go:65:39:     from map[string]int{...} (spill) at ./map_flows.go:65:39
./map_flows.go:65:39:     from map[string]map[string]int{...} (map literal value) at ./map_flows.go:65:33
./map_flows.go:66:15: make(map[string]int) escapes to heap:
./map_flows.go:66:15:   flow: inner = &{storage for make(map[string]int)}:
./map_flows.go:66:15:     from make(map[string]int) (spill) at ./map_flows.go:66:15
./map_flows.go:66:15:     from inner := make(map[string]int) (assign) at ./map_flows.go:66:8
./map_flows.go:66:15:   flow: {heap} = inner:
./map_flows.go:66:15:     from mm["c"] = inner (assign) at ./map_flows.go:67:10
./map_flows.go:65:33: map[string]map[string]int{...} does not escape
./map_flows.go:65:39: map[string]int{...} escapes to heap
./map_flows.go:66:15: make(map[string]int) escapes to heap
./map_flows.go:71:12: parameter m leaks to {heap} with derefs=0:
./map_flows.go:71:12:   flow: {heap} = m:
./map_flows.go:71:12:     from m (interface-converted) at ./map_flows.go:72:2
./map_flows.go:71:12:     from sink = m (assign) at ./map_flows.go:72:7
./map_flows.go:71:12: leaking param: m
./map_flows.go:81:40: []int{...} escapes to heap:
./map_flows.go:81:40:   flow: {heap} = &{storage for []int{...}}:
./map_flows.go:81:40:     from []int{...} (spill) at ./map_flows.go:81:40
./map_flows.go:81:40:     from map[string][]int{...} (map literal value) at ./map_flows.go:81:34
./map_flows.go:83:18: new(int) escapes to heap:
./map_flows.go:83:18:   flow: {heap} = &{storage for new(int)}:
./map_flows.go:83:18:     from new(int) (spill) at ./map_flows.go:83:18
./map_flows.go:83:18:     from leakToGlobal(new(int)) (call parameter) at ./map_flows.go:83:14
./map_flows.go:86:22: map[string]int{...} escapes to heap:
./map_flows.go:86:22:   flow: {heap} = &{storage for map[string]int{...}}:
./map_flows.go:86:22:     from map[string]int{...} (spill) at ./map_flows.go:86:22
./map_flows.go:86:22:     from boxed(map[string]int{...}) (call parameter) at ./map_flows.go:86:7
./map_flows.go:79:26: map[*int]*int{} does not escape
./map_flows.go:81:34: map[string][]int{...} does not escape
./map_flows.go:81:40: []int{...} escapes to heap
./map_flows.go:82:32: map[interface {}]int{} does not escape
./map_flows.go:83:18: new(int) escapes to heap
./map_flows.go:84:33: map[string][]*int{} does not escape
./map_flows.go:86:22: map[string]int{...} escapes to heap
