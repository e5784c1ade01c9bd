./iface_local_types.go:16:10: L{...} escapes to heap
./iface_local_types.go:16:12: T(1) escapes to heap
./iface_local_types.go:24:10: L{...} escapes to heap
./iface_local_types.go:24:15: T(2) escapes to heap
./iface_local_types.go:27:8: x does not escape
./iface_local_types.go:35:13: ... argument does not escape
./iface_local_types.go:35:18: ia.M() escapes to heap
./iface_local_types.go:35:26: ib.M() escapes to heap
./iface_local_types.go:36:13: ... argument does not escape
./iface_local_types.go:36:15: c(a()) escapes to heap
./iface_local_types.go:36:23: c(b()) escapes to heap
./iface_local_types.go:39:13: ... argument does not escape
./iface_local_types.go:39:13: ok escapes to heap
