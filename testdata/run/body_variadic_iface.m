./body_variadic_iface.go:11:8: xs does not escape
./body_variadic_iface.go:20:2: g(... argument...) escapes to heap
./body_variadic_iface.go:20:10: ... argument does not escape
./body_variadic_iface.go:25:13: ... argument does not escape
./body_variadic_iface.go:26:27: g(nil...) escapes to heap
./body_variadic_iface.go:27:13: ... argument does not escape
./body_variadic_iface.go:27:22: g(... argument...) escapes to heap
./body_variadic_iface.go:27:22: ... argument does not escape
