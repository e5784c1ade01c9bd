./map_flows.go:14:13: make(map[string]int, 4) escapes to heap
./map_flows.go:18:11: make(map[int]int, n) does not escape
./map_flows.go:24:2: moved to heap: x
./map_flows.go:25:22: map[string]*T{...} escapes to heap
./map_flows.go:25:28: &T{...} escapes to heap
./map_flows.go:28:17: m does not escape
./map_flows.go:29:2: moved to heap: k
./map_flows.go:29:5: moved to heap: v
./map_flows.go:33:15: m does not escape
./map_flows.go:33:34: k does not escape
./map_flows.go:41:18: m does not escape
./map_flows.go:50:17: m does not escape
./map_flows.go:50:40: leaking param: s
./map_flows.go:50:50: leaking param: t
./map_flows.go:51:4: s escapes to heap
./map_flows.go:52:4: t escapes to heap
./map_flows.go:55:19: leaking param: x
./map_flows.go:59:20: m does not escape
./map_flows.go:60:2: moved to heap: y
./map_flows.go:65:33: map[string]map[string]int{...} does not escape
./map_flows.go:65:39: map[string]int{...} escapes to heap
./map_flows.go:66:15: make(map[string]int) escapes to heap
./map_flows.go:71:12: leaking param: m
./map_flows.go:79:26: map[*int]*int{} does not escape
./map_flows.go:81:34: map[string][]int{...} does not escape
./map_flows.go:81:40: []int{...} escapes to heap
./map_flows.go:82:32: map[interface {}]int{} does not escape
./map_flows.go:83:18: new(int) escapes to heap
./map_flows.go:84:33: map[string][]*int{} does not escape
./map_flows.go:86:22: map[string]int{...} escapes to heap
