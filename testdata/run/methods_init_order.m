./methods_init_order.go:9:7: t does not escape
./methods_init_order.go:9:33: ... argument does not escape
./methods_init_order.go:9:34: "show" escapes to heap
./methods_init_order.go:9:34: x escapes to heap
