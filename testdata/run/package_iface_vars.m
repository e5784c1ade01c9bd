./package_iface_vars.go:25:13: ... argument does not escape
./package_iface_vars.go:26:2: T{...} escapes to heap
./package_iface_vars.go:27:13: ... argument does not escape
./package_iface_vars.go:27:13: xs escapes to heap
