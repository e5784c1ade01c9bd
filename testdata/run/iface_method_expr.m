./iface_method_expr.go:17:28: xs does not escape
./iface_method_expr.go:26:10: leaking param: g
./iface_method_expr.go:30:7: p does not escape
./iface_method_expr.go:33:19: Val{...} escapes to heap
./iface_method_expr.go:35:23: Val{...} escapes to heap
./iface_method_expr.go:36:7: &Acc{...} escapes to heap
./iface_method_expr.go:38:13: ... argument does not escape
./iface_method_expr.go:38:40: interface { Get() int }.Get(Val{...}) escapes to heap
./iface_method_expr.go:38:44: Val{...} escapes to heap
./iface_method_expr.go:38:54: get(Val{...}) escapes to heap
./iface_method_expr.go:38:58: Val{...} escapes to heap
./iface_method_expr.go:39:20: Val{...} escapes to heap
./iface_method_expr.go:40:22: ... argument escapes to heap
./iface_method_expr.go:41:13: ... argument does not escape
./iface_method_expr.go:41:13: n escapes to heap
./iface_method_expr.go:41:13: who escapes to heap
./iface_method_expr.go:42:13: []int{...} escapes to heap
./iface_method_expr.go:43:13: ... argument does not escape
./iface_method_expr.go:43:13: .autotmp_6 escapes to heap
./iface_method_expr.go:43:13: .autotmp_7 escapes to heap
./iface_method_expr.go:44:13: ... argument does not escape
./iface_method_expr.go:44:24: Summer.Add(s, 1) escapes to heap
./iface_method_expr.go:44:43: Adder.Add(Val{...}, 2) escapes to heap
./iface_method_expr.go:44:47: Val{...} escapes to heap
