./body_pointer_iface.go:13:8: &T{...} escapes to heap
./body_pointer_iface.go:14:14: ... argument does not escape
