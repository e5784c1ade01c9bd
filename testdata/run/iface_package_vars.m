./iface_package_vars.go:27:13: ... argument does not escape
./iface_package_vars.go:27:18: ti.M() escapes to heap
./iface_package_vars.go:27:23: e.(T) escapes to heap
./iface_package_vars.go:27:30: f.(float64) escapes to heap
./iface_package_vars.go:27:46: bi.M() escapes to heap
./iface_package_vars.go:27:54: pi.M() escapes to heap
./iface_package_vars.go:29:13: ... argument does not escape
./iface_package_vars.go:29:18: ti.M() escapes to heap
./iface_package_vars.go:29:26: pi.M() escapes to heap
