./iface_nil_call.go:9:7: leaking param: t to result ~r0 level=0
./iface_nil_call.go:11:11: leaking param: s
./iface_nil_call.go:12:13: ... argument does not escape
./iface_nil_call.go:12:22: s.String() escapes to heap
./iface_nil_call.go:16:8: T{...} escapes to heap
./iface_nil_call.go:18:13: ... argument does not escape
./iface_nil_call.go:18:16: s == nil escapes to heap
