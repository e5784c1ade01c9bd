./eval_order.go:31:13: ... argument does not escape
./eval_order.go:31:13: x escapes to heap
./eval_order.go:31:13: trace escapes to heap
./eval_order.go:34:13: ... argument does not escape
./eval_order.go:34:13: y escapes to heap
./eval_order.go:34:13: trace escapes to heap
./eval_order.go:36:11: make([]int, 5) escapes to heap
./eval_order.go:39:13: ... argument does not escape
./eval_order.go:39:13: s escapes to heap
./eval_order.go:41:13: ... argument does not escape
./eval_order.go:41:13: a escapes to heap
./eval_order.go:41:13: b escapes to heap
./eval_order.go:41:13: trace escapes to heap
./eval_order.go:45:13: ... argument does not escape
./eval_order.go:45:13: ok escapes to heap
./eval_order.go:45:13: ok2 escapes to heap
./eval_order.go:45:13: trace escapes to heap
./eval_order.go:48:13: []int{...} escapes to heap
./eval_order.go:49:13: ... argument does not escape
./eval_order.go:49:13: arr escapes to heap
./eval_order.go:49:13: sl escapes to heap
./eval_order.go:49:13: trace escapes to heap
./eval_order.go:52:13: ... argument does not escape
./eval_order.go:52:13: s escapes to heap
./eval_order.go:53:13: ... argument does not escape
./eval_order.go:53:15: f(100) escapes to heap
./eval_order.go:53:23: f(200) escapes to heap
./eval_order.go:53:23: trace escapes to heap
