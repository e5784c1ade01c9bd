./iface_promoted_nil.go:12:10: leaking param: i
./iface_promoted_nil.go:15:13: ... argument does not escape
./iface_promoted_nil.go:15:14: "calling" escapes to heap
./iface_promoted_nil.go:17:13: ... argument does not escape
./iface_promoted_nil.go:17:17: use(s) escapes to heap
./iface_promoted_nil.go:17:17: s escapes to heap
