./iface_nil_value_method.go:12:10: leaking param: i
./iface_nil_value_method.go:15:13: ... argument does not escape
./iface_nil_value_method.go:15:17: use(&T{...}) escapes to heap
./iface_nil_value_method.go:15:18: &T{...} escapes to heap
./iface_nil_value_method.go:17:13: ... argument does not escape
./iface_nil_value_method.go:17:17: use(p) escapes to heap
